"""SQLAlchemy models, one module per aggregate.

Importing this package registers every table on ``Base.metadata`` (Alembic's
autogenerate and the model/migration agreement test rely on it).
"""

from erp_desktop.models.audit import AuditEvent, AuditHead
from erp_desktop.models.company import Company
from erp_desktop.models.meta import BookMeta
from erp_desktop.models.sequence import NumberCounter, NumberSeries
from erp_desktop.models.setting import BookSetting
from erp_desktop.models.user import User

__all__ = [
    "AuditEvent",
    "AuditHead",
    "BookMeta",
    "BookSetting",
    "Company",
    "NumberCounter",
    "NumberSeries",
    "User",
]
