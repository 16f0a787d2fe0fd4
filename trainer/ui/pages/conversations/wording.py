"""How the Conversations page words the study layer's codes: choice codes, the MITI-style
measures and their levels, the person's talk. The PDF words the same codes in English in
trainer/reports/wording.py."""

from __future__ import annotations

from PySide6.QtCore import QObject

from trainer.study.conversations import Basis, ConversationSummary, Level, Measure, MeasureCode
from trainer.ui.formats import fixed_text
from trainer.ui.text import fill

# A level as a status colour of the theme.
LEVEL_STATUS = {Level.GOOD: "met", Level.FAIR: "in-progress", Level.BELOW_FAIR: "not-started",
                Level.NOT_RATED: "not-started"}


class ConversationWording(QObject):
    def code(self, code: str) -> str:
        names = {
            "open-question": self.tr("Open question"),
            "closed-question": self.tr("Closed question"),
            "simple-reflection": self.tr("Simple reflection"),
            "complex-reflection": self.tr("Complex reflection"),
            "affirmation": self.tr("Affirmation"),
            "summary": self.tr("Summary"),
            "information-with-permission": self.tr("Information, with permission"),
            "advice-without-permission": self.tr("Advice without permission"),
            "confront": self.tr("Confronting"),
            "warn": self.tr("Warning"),
            "righting-reflex": self.tr("The righting reflex"),
            "purposeful-self-disclosure": self.tr("Purposeful self-disclosure"),
            "self-centred-disclosure": self.tr("Self-disclosure that centres you"),
            "boundary-crossing": self.tr("Boundary crossing"),
        }
        return names.get(code, code)

    def mode(self, mode: str) -> str:
        return self.tr("Assessment") if mode == "assessment" else self.tr("Practice")

    def level(self, level: Level) -> str:
        return {Level.GOOD: self.tr("good"), Level.FAIR: self.tr("fair"),
                Level.BELOW_FAIR: self.tr("below fair"), Level.NOT_RATED: self.tr("not rated")}[level]

    def measure_name(self, code: MeasureCode) -> str:
        if code is MeasureCode.REFLECTION_TO_QUESTION:
            return self.tr("Reflections to questions")
        if code is MeasureCode.PERCENT_COMPLEX_REFLECTIONS:
            return self.tr("Complex reflections")
        return self.tr("Open questions")

    def measure_figure(self, measure: Measure) -> str:
        """The figure itself: "2.0 to 1", "75% of 4 reflections"."""
        if measure.code is MeasureCode.REFLECTION_TO_QUESTION:
            if measure.value is None:
                if not measure.numerator:
                    return self.tr("no reflections or questions yet")
                return self.tr("%n reflection(s) and no questions", "", measure.numerator)
            return fill(self.tr("%1 to 1 (%2, %3)"), fixed_text(measure.value, 1),
                        self.tr("%n reflection(s)", "", measure.numerator),
                        self.tr("%n question(s)", "", measure.denominator))
        if measure.value is None:
            if measure.code is MeasureCode.PERCENT_COMPLEX_REFLECTIONS:
                return self.tr("no reflections yet")
            return self.tr("no questions yet")
        if measure.code is MeasureCode.PERCENT_COMPLEX_REFLECTIONS:
            return fill(self.tr("%1% of %n reflection(s)", "", measure.denominator), f"{measure.value:.0f}")
        return fill(self.tr("%1% of %n question(s)", "", measure.denominator), f"{measure.value:.0f}")

    def measure_thresholds(self, measure: Measure) -> str:
        if measure.code is MeasureCode.REFLECTION_TO_QUESTION:
            return self.tr("MITI 4.2.1: fair from 1 to 1, good from 2 to 1")
        if measure.basis is Basis.MITI_3_ONLY:
            return fill(self.tr("MITI 4 sets no threshold; as a guide, MITI 3.1.1: fair from %1%, good from %2%"),
                        f"{measure.fair:.0f}", f"{measure.good:.0f}")
        return fill(self.tr("MITI 4.2.1: fair from %1%, good from %2%"), f"{measure.fair:.0f}",
                    f"{measure.good:.0f}")

    def measure_meaning(self, code: MeasureCode) -> str:
        if code is MeasureCode.REFLECTION_TO_QUESTION:
            return self.tr("Reflecting back what the person said, more often than asking, lets them hear "
                           "themselves and keeps them talking.")
        if code is MeasureCode.PERCENT_COMPLEX_REFLECTIONS:
            return self.tr("A complex reflection adds the meaning or feeling under the words, which moves "
                           "the conversation forward.")
        return self.tr("Open questions invite the person's own story instead of a yes or a no.")

    def measure_line(self, measure: Measure) -> str:
        """One sentence for a screen reader: name, figure, level and thresholds."""
        return fill(self.tr("%1: %2, %3. %4."), self.measure_name(measure.code), self.measure_figure(measure),
                    self.level(measure.level), self.measure_thresholds(measure))

    def adherence(self, summary: ConversationSummary) -> list[str]:
        return [
            self.tr("%n MI-adherent response(s): affirming, or asking permission before giving information.", "",
                    summary.mi_adherent),
            self.tr("%n MI-non-adherent response(s): advice without permission, confronting, warning or the "
                    "righting reflex.", "", summary.mi_non_adherent),
            self.tr("MITI 4 sets no threshold for these counts: the aim is more of the first and none of the "
                    "second."),
        ]

    def talk(self, summary: ConversationSummary) -> list[str]:
        talk = summary.talk
        lines = [self.tr("The person answered with change talk %n time(s).", "", talk.change),
                 self.tr("The person answered with sustain talk %n time(s).", "", talk.sustain)]
        if talk.change > talk.sustain:
            lines.append(self.tr("More change talk than sustain talk: your responses drew out their own reasons "
                                 "to change."))
        elif talk.sustain > talk.change:
            lines.append(self.tr("More sustain talk than change talk: pushing tends to bring out the reasons "
                                 "not to change."))
        return lines

    def peer_role(self, summary: ConversationSummary) -> list[str]:
        return [fill(self.tr("%1: %n time(s)", "", count), self.code(code))
                for code, count in summary.peer_role.items() if count]

    def decisions(self, summary: ConversationSummary) -> str:
        return self.tr("%n decision(s) made.", "", summary.decisions)

    def best(self, summary: ConversationSummary) -> str:
        return fill(self.tr("best run: %1"), self.rated(summary))

    def rated(self, summary: ConversationSummary) -> str:
        measures = (summary.reflection_to_question, summary.percent_complex_reflections,
                    summary.percent_open_questions)
        good = sum(m.level is Level.GOOD for m in measures)
        fair = sum(m.level is Level.FAIR for m in measures)
        return fill(self.tr("%1 good, %2 fair of 3 measures"), good, fair)
