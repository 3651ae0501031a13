"""The Connect dialog: server profiles, a Test button off the UI thread, and the switch."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.ui.connection import (
    Profile,
    check_connection,
    describe_connection_error,
    keyring_available,
    load_profiles,
    reopen,
    save_profiles,
)
from planner.ui.ops import AppContext, OpRunner


class ConnectDialog(QDialog):
    """Choose or edit a profile, test it, connect. Passwords are never stored by the planner."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Connect to a shared server"))
        self.resize(560, 420)
        # Its own thread: a test against a dead server may wait seconds and must not hold up
        # the application's worker (saves, lists) meanwhile.
        self.tester = OpRunner(self)
        self.profiles = load_profiles()
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Saved connections"))
        self.choice.addItem(self.tr("New connection"))
        for profile in self.profiles:
            self.choice.addItem(profile.name)
        self.choice.currentIndexChanged.connect(self._on_choice)
        top.addWidget(QLabel(self.tr("Connection")))
        top.addWidget(self.choice, 1)
        layout.addLayout(top)
        form = QFormLayout()
        self.name = QLineEdit(placeholderText=self.tr("e.g. Office server"))
        self.host = QLineEdit(placeholderText="dbserver.stadt.dortmund.de")
        self.port = QSpinBox(minimum=1, maximum=65535, value=5432)
        self.database = QLineEdit("planner")
        self.user = QLineEdit(placeholderText="planner_app")
        for label, widget in (
            (self.tr("Name"), self.name),
            (self.tr("Server"), self.host),
            (self.tr("Port"), self.port),
            (self.tr("Database"), self.database),
            (self.tr("User"), self.user),
        ):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        layout.addLayout(form)
        self.password_note = QLabel(wordWrap=True, objectName="screenSubtitle")
        if keyring_available():
            note = self.tr(
                "The password is not stored by the planner: it comes from the system "
                "keyring, PGPASSWORD or the file ~/.pgpass."
            )
        else:
            note = self.tr(
                "The password is not stored by the planner: put it in PGPASSWORD or "
                "the file ~/.pgpass (host:port:database:user:password, mode 0600). "
                "The system keyring cannot be used: the “keyring” package is not "
                "installed."
            )
        self.password_note.setText(note)
        layout.addWidget(self.password_note)
        self.result = QLabel(wordWrap=True)
        self.result.setAccessibleName(self.tr("Test result"))
        layout.addWidget(self.result, 1)
        buttons = QDialogButtonBox()
        self.test_button = QPushButton(self.tr("Test"))
        self.test_button.clicked.connect(self.test)
        self.save_button = QPushButton(self.tr("Save profile"))
        self.save_button.clicked.connect(self.save_profile)
        self.connect_button = QPushButton(self.tr("Connect"), objectName="primary")
        self.connect_button.clicked.connect(self.connect_now)
        buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if self.profiles:
            self.choice.setCurrentIndex(1)

    def profile(self) -> Profile:
        return Profile(
            name=self.name.text().strip() or self.host.text().strip(),
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
        )

    def _on_choice(self, index: int) -> None:
        profile = self.profiles[index - 1] if index > 0 else Profile("", "")
        self.name.setText(profile.name)
        self.host.setText(profile.host)
        self.port.setValue(profile.port)
        self.database.setText(profile.database or "planner")
        self.user.setText(profile.user)
        self.result.clear()

    def save_profile(self) -> None:
        profile = self.profile()
        if not profile.host:
            self._say(self.tr("Enter the server's name first."), ok=False)
            return
        self.profiles = [p for p in self.profiles if p.name != profile.name] + [profile]
        save_profiles(self.profiles)
        self._say(self.tr("Profile “{name}” saved.").format(name=profile.name), ok=True)

    def _password(self, profile: Profile) -> str | None:
        if not keyring_available():
            return None
        import keyring  # optional: only when installed

        return keyring.get_password("delegation-planner", f"{profile.user}@{profile.host}")

    def test(self) -> None:
        profile = self.profile()
        url = profile.url(self._password(profile))
        self._busy(True)
        self._say(self.tr("Connecting to {host}…").format(host=profile.host), ok=None)
        self.tester.run(lambda: check_connection(url), self._tested, self._refused, owner=self)

    def _tested(self, _url: str) -> None:
        self._busy(False)
        self._say(self.tr("Connected: the database is ready for this version."), ok=True)

    def _refused(self, exc: BaseException) -> None:
        self._busy(False)
        self._say(describe_connection_error(exc), ok=False)

    def connect_now(self) -> None:
        profile = self.profile()
        self._busy(True)
        self._say(self.tr("Switching to {host}…").format(host=profile.host), ok=None)
        reopen(
            self.ctx,
            profile.url(self._password(profile)),
            done=lambda _r: self.accept(),
            failed=self._refused,
        )

    def _busy(self, busy: bool) -> None:
        for button in (self.test_button, self.connect_button):
            button.setEnabled(not busy)

    def _say(self, text: str, ok: bool | None) -> None:
        colour = {True: "#1a7f37", False: "#b91c1c", None: "#4b5563"}[ok]
        self.result.setStyleSheet(f"color: {colour}; font-weight: 600;")
        self.result.setText(text)
