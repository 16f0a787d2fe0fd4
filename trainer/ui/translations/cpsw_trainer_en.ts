<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AttemptRunner</name>
        <message numerus="yes">
            <source>Not answered: %n question(s). They count as wrong.</source>
            <translation>
                <numerusform>Not answered: %n question. They count as wrong.</numerusform>
                <numerusform>Not answered: %n questions. They count as wrong.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Flagged for review: %n question(s).</source>
            <translation>
                <numerusform>Flagged for review: %n question.</numerusform>
                <numerusform>Flagged for review: %n questions.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ContentProblemsPanel</name>
        <message numerus="yes">
            <source>Some study material could not be loaded (%n problem(s)). Everything else works as usual. Please tell your trainer.</source>
            <translation>
                <numerusform>Some study material could not be loaded (%n problem). Everything else works as usual. Please tell your trainer.</numerusform>
                <numerusform>Some study material could not be loaded (%n problems). Everything else works as usual. Please tell your trainer.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message numerus="yes">
            <source>%n simulation(s) did not count: most of (its|their) questions were seen recently.</source>
            <translation>
                <numerusform>%n simulation did not count: most of its questions were seen recently.</numerusform>
                <numerusform>%n simulations did not count: most of their questions were seen recently.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResultsView</name>
        <message numerus="yes">
            <source>Not answered: %n question(s), counted as wrong.</source>
            <translation>
                <numerusform>Not answered: %n question, counted as wrong.</numerusform>
                <numerusform>Not answered: %n questions, counted as wrong.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewWording</name>
        <message numerus="yes">
            <source>Review due: %n question(s).</source>
            <translation>
                <numerusform>Review due: %n question.</numerusform>
                <numerusform>Review due: %n questions.</numerusform>
            </translation>
        </message>
    </context>
</TS>
