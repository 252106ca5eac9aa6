"""All entities. Import from here: ``from opop_desktop.core.models import Pesantren``."""
from .audition import (  # noqa: F401
    CONFLICT_KINDS, CONFLICT_SEVERITIES, JUROR_ELEMENTS, ROLES, ConflictOfInterest, Criterion,
    Juror, Panel, PanelJuror, PanelSlot, Rubric, UserAccount, Venue,
)
from .base import Base, Replicated, new_uuid, utcnow  # noqa: F401
from .pesantren import ADMIN_DECISIONS, STATUSES, AdminDecision, Pesantren, Representative  # noqa: F401
from .programme import (  # noqa: F401
    GROUPS, TRACKS, DeviceCounter, LocalSetting, ProductField, ProgrammeYear, Stage,
)
from .scoring import (  # noqa: F401
    ENTRY_KINDS, SHEET_SOURCES, SHEET_STATUSES, Attendance, AuditEntry, PaperEntry, ScoreEntry,
    ScoreSheet,
)
from .sync import (  # noqa: F401
    DEVICE_STATUSES, Device, SyncBundleLog, SyncClock, SyncConflict, SyncQuarantine, SyncReceipt,
    SyncSegment, SyncSentBundle, SyncSeqRange,
)
from .results import (  # noqa: F401
    ACK_DECISIONS, SNAPSHOT_SCOPES, SNAPSHOT_STATES, FlagAcknowledgement, PlenaryOverride,
    ResultSnapshot,
)
