// Small progressive enhancements; every page works without this file.
document.addEventListener("DOMContentLoaded", () => {
  // A pause button for each moving figure (WCAG 2.2.2: pause, stop, hide).
  document.querySelectorAll("[data-pause-figure]").forEach((button) => {
    const svg = button.parentElement.querySelector("svg");
    if (!svg || !svg.pauseAnimations) return;
    button.hidden = false;
    button.addEventListener("click", () => {
      const paused = button.getAttribute("aria-pressed") === "true";
      if (paused) { svg.unpauseAnimations(); } else { svg.pauseAnimations(); }
      button.setAttribute("aria-pressed", String(!paused));
      button.textContent = paused ? "Pause the animation" : "Play the animation";
    });
  });
  // Move focus to an error summary so it is read out first.
  const summary = document.querySelector(".error-summary");
  if (summary) summary.focus();
});
