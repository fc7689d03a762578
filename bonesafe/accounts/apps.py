from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "bonesafe.accounts"
    label = "accounts"
    verbose_name = "accounts"
