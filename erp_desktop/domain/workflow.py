"""Document states and the verbs that move between them (after Tryton's workflows).

Each document type declares one ``Workflow``: its states, its verbs and, for
each verb, the states it is allowed from and the state it leads to. A verb in
the wrong state is refused with a message naming the document, the verb and
the state; the GUI asks ``reason_refused`` to explain a disabled button.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from erp_desktop.errors import StateError
from erp_desktop.i18n import QT_TRANSLATE_NOOP, Msg


@dataclass(frozen=True)
class Workflow:
    document: str  # marked in context "documents", e.g. "stock adjustment"
    # Keys are the document's state enum (a StrEnum: each member is its stored str).
    states: Mapping[Any, str]  # state -> label (context "states")
    verbs: Mapping[str, str]  # verb -> label (context "verbs")
    transitions: Mapping[str, Mapping[Any, Any]]  # verb -> {from state: to state}

    def allowed(self, state: str, verb: str) -> bool:
        return state in self.transitions.get(verb, {})

    def target(self, state: str, verb: str) -> str:
        """The state after ``verb``; raises StateError if ``verb`` is not allowed now."""
        reason = self.reason_refused(state, verb)
        if reason is not None:
            raise StateError(reason)
        return str(self.transitions[verb][state])

    def reason_refused(self, state: str, verb: str) -> Msg | None:
        if self.allowed(state, verb):
            return None
        allowed_from = [Msg(self.states[s], "states") for s in self.transitions.get(verb, {})]
        return Msg(
            QT_TRANSLATE_NOOP(
                "errors",
                "Cannot {verb} this {document}: it is {state}. Only possible when it is: "
                "{allowed}.",
            ),
            "errors",
            {
                "verb": Msg(self.verbs[verb], "verbs"),
                "document": Msg(self.document, "documents"),
                "state": Msg(self.states[state], "states"),
                "allowed": allowed_from or "-",
            },
        )

    def state_label(self, state: str) -> Msg:
        return Msg(self.states[state], "states")
