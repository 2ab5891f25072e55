"""The fast revision reader agrees with Alembic's own view of the scripts."""

from __future__ import annotations

from alembic.script import ScriptDirectory

from erp_desktop.db.revisions import revision_chain
from erp_desktop.paths import migrations_dir


def test_fast_chain_matches_alembic() -> None:
    script = ScriptDirectory(str(migrations_dir()))
    alembic_order = [rev.revision for rev in script.walk_revisions()][::-1]
    chain = revision_chain()
    assert list(chain.order) == alembic_order
    assert chain.head == script.get_current_head()
    assert len(script.get_heads()) == 1
