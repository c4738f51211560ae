"""The one exception type that the CLI turns into a one-line message and exit status 2."""


class UserError(Exception):
    """Bad input from the user (a file, a flag, a config key, a run directory).

    The CLI prints ``lorasmith: <message>`` and exits with ``code`` (2 unless a stage says otherwise),
    never a traceback. Raise it only after anything half-written has been cleaned up.
    """

    def __init__(self, message: str, code: int = 2):
        super().__init__(message)
        self.code = code
