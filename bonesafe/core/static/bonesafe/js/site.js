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
  // Today's session: a repetition counter and a rest timer (the page works without them).
  document.querySelectorAll("[data-player]").forEach((player) => {
    player.hidden = false;
    const count = player.querySelector("[data-count]");
    const left = player.querySelector("[data-rest-left]");
    let reps = 0;
    let timer = null;
    player.querySelector("[data-add-rep]").addEventListener("click", () => {
      reps += 1;
      count.textContent = String(reps);
      const field = document.getElementById("id_reps");
      if (field) field.value = String(reps);
    });
    player.querySelector("[data-rest]").addEventListener("click", () => {
      let seconds = 60;
      clearInterval(timer);
      left.textContent = "Rest: 60 seconds left";
      timer = setInterval(() => {
        seconds -= 1;
        if (seconds <= 0) { clearInterval(timer); left.textContent = "Rest over: ready for the next set."; return; }
        if (seconds % 10 === 0) left.textContent = `Rest: ${seconds} seconds left`;
      }, 1000);
    });
  });
  // Move focus to an error summary so it is read out first.
  const summary = document.querySelector(".error-summary");
  if (summary) summary.focus();
});
