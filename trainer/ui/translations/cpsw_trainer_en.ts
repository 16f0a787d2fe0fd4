<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AttestationsView</name>
        <message numerus="yes">
            <source>%n file(s)…</source>
            <translation>
                <numerusform>%n file…</numerusform>
                <numerusform>%n files…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AuthorPage</name>
        <message numerus="yes">
            <source>Imported %n question(s) into %1.</source>
            <translation>
                <numerusform>Imported %n question into %1.</numerusform>
                <numerusform>Imported %n questions into %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Problems listed below: %n.</source>
            <translation>
                <numerusform>Problems listed below: %n.</numerusform>
                <numerusform>Problems listed below: %n.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BankEditor</name>
        <message numerus="yes">
            <source>Problems: %n</source>
            <translation>
                <numerusform>Problems: %n</numerusform>
                <numerusform>Problems: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not saved: fix the %n problem(s) listed beside the editor first.</source>
            <translation>
                <numerusform>Not saved: fix the %n problem listed beside the editor first.</numerusform>
                <numerusform>Not saved: fix the %n problems listed beside the editor first.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CeCsv</name>
        <message numerus="yes">
            <source>Added %n course(s) from %1.</source>
            <translation>
                <numerusform>Added %n course from %1.</numerusform>
                <numerusform>Added %n courses from %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) (was|were) already in the log and (was|were) skipped.</source>
            <translation>
                <numerusform>%n row was already in the log and was skipped.</numerusform>
                <numerusform>%n rows were already in the log and were skipped.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n course(s) to %1.</source>
            <translation>
                <numerusform>Wrote %n course to %1.</numerusform>
                <numerusform>Wrote %n courses to %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CohortModel</name>
        <message numerus="yes">
            <source>%1 of %n met</source>
            <translation>
                <numerusform>%1 of %n met</numerusform>
                <numerusform>%1 of %n met</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CohortPage</name>
        <message numerus="yes">
            <source>%n trainee(s).</source>
            <translation>
                <numerusform>%n trainee.</numerusform>
                <numerusform>%n trainees.</numerusform>
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
        <name>ConversationWording</name>
        <message numerus="yes">
            <source>%n reflection(s) and no questions</source>
            <translation>
                <numerusform>%n reflection and no questions</numerusform>
                <numerusform>%n reflections and no questions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n reflection(s)</source>
            <translation>
                <numerusform>%n reflection</numerusform>
                <numerusform>%n reflections</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n question</numerusform>
                <numerusform>%n questions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1% of %n reflection(s)</source>
            <translation>
                <numerusform>%1% of %n reflection</numerusform>
                <numerusform>%1% of %n reflections</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1% of %n question(s)</source>
            <translation>
                <numerusform>%1% of %n question</numerusform>
                <numerusform>%1% of %n questions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n MI-adherent response(s): affirming, or asking permission before giving information.</source>
            <translation>
                <numerusform>%n MI-adherent response: affirming, or asking permission before giving information.</numerusform>
                <numerusform>%n MI-adherent responses: affirming, or asking permission before giving information.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n MI-non-adherent response(s): advice without permission, confronting, warning or the righting reflex.</source>
            <translation>
                <numerusform>%n MI-non-adherent response: advice without permission, confronting, warning or the righting reflex.</numerusform>
                <numerusform>%n MI-non-adherent responses: advice without permission, confronting, warning or the righting reflex.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The person answered with change talk %n time(s).</source>
            <translation>
                <numerusform>The person answered with change talk %n time.</numerusform>
                <numerusform>The person answered with change talk %n times.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The person answered with sustain talk %n time(s).</source>
            <translation>
                <numerusform>The person answered with sustain talk %n time.</numerusform>
                <numerusform>The person answered with sustain talk %n times.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %n time(s)</source>
            <translation>
                <numerusform>%1: %n time</numerusform>
                <numerusform>%1: %n times</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s) made.</source>
            <translation>
                <numerusform>%n decision made.</numerusform>
                <numerusform>%n decisions made.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message numerus="yes">
            <source>Readiness counts an exam simulation only when most of its questions are new to you (not answered in the last %n day(s)).</source>
            <translation>
                <numerusform>Readiness counts an exam simulation only when most of its questions are new to you (not answered in the last %n day).</numerusform>
                <numerusform>Readiness counts an exam simulation only when most of its questions are new to you (not answered in the last %n days).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n simulation(s) did not count: most of (its|their) questions were seen recently.</source>
            <translation>
                <numerusform>%n simulation did not count: most of its questions were seen recently.</numerusform>
                <numerusform>%n simulations did not count: most of their questions were seen recently.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(up %n point(s))</source>
            <translation>
                <numerusform>(up %n point)</numerusform>
                <numerusform>(up %n points)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(down %n point(s))</source>
            <translation>
                <numerusform>(down %n point)</numerusform>
                <numerusform>(down %n points)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DrillColumn</name>
        <message numerus="yes">
            <source>%n rating(s), %1%</source>
            <translation>
                <numerusform>%n rating, %1%</numerusform>
                <numerusform>%n ratings, %1%</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DrillsTab</name>
        <message numerus="yes">
            <source>%1 (rated %n time(s))</source>
            <translation>
                <numerusform>%1 (rated %n time)</numerusform>
                <numerusform>%1 (rated %n times)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved: %1 of %n checklist item(s) ticked.</source>
            <translation>
                <numerusform>Saved: %1 of %n checklist item ticked.</numerusform>
                <numerusform>Saved: %1 of %n checklist items ticked.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExamQuestions</name>
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
        <name>GlossaryView</name>
        <message numerus="yes">
            <source>%n term(s)</source>
            <translation>
                <numerusform>%n term</numerusform>
                <numerusform>%n terms</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HoursCsv</name>
        <message numerus="yes">
            <source>Wrote %n entry(s) to %1.</source>
            <translation>
                <numerusform>Wrote %n entry to %1.</numerusform>
                <numerusform>Wrote %n entries to %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HoursPage</name>
        <message numerus="yes">
            <source>Shown: %n entry(s), %1 h (training %2, experience %3, supervision %4).</source>
            <translation>
                <numerusform>Shown: %n entry, %1 h (training %2, experience %3, supervision %4).</numerusform>
                <numerusform>Shown: %n entries, %1 h (training %2, experience %3, supervision %4).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HoursSignoff</name>
        <message numerus="yes">
            <source>Wrote a request to sign %n entry(s) to %1. Send it to your supervisor; import the signed response they send back.</source>
            <translation>
                <numerusform>Wrote a request to sign %n entry to %1. Send it to your supervisor; import the signed response they send back.</numerusform>
                <numerusform>Wrote a request to sign %n entries to %1. Send it to your supervisor; import the signed response they send back.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Kept %n signature(s) from %1: each one checked.</source>
            <translation>
                <numerusform>Kept %n signature from %1: each one checked.</numerusform>
                <numerusform>Kept %n signatures from %1: each one checked.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HoursWording</name>
        <message numerus="yes">
            <source>The %1 field is %n character(s) long. Please shorten it to at most %2.</source>
            <translation>
                <numerusform>The %1 field is %n character long. Please shorten it to at most %2.</numerusform>
                <numerusform>The %1 field is %n characters long. Please shorten it to at most %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Please use a name of at most %n character(s).</source>
            <translation>
                <numerusform>Please use a name of at most %n character.</numerusform>
                <numerusform>Please use a name of at most %n characters.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The first line must name the columns; %n (is|are) missing: %1. Expected: %2.</source>
            <translation>
                <numerusform>The first line must name the columns; %n is missing: %1. Expected: %2.</numerusform>
                <numerusform>The first line must name the columns; %n are missing: %1. Expected: %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n row(s) (has|have) problems (line(s) %1). Fix them in the file and import again, or choose to skip them.</source>
            <translation>
                <numerusform>Nothing was imported: %n row has problems (line %1). Fix them in the file and import again, or choose to skip them.</numerusform>
                <numerusform>Nothing was imported: %n rows have problems (lines %1). Fix them in the file and import again, or choose to skip them.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message numerus="yes">
            <source>Ready to import: %n row(s).</source>
            <translation>
                <numerusform>Ready to import: %n row.</numerusform>
                <numerusform>Ready to import: %n rows.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Already in your log: %n.</source>
            <translation>
                <numerusform>Already in your log: %n.</numerusform>
                <numerusform>Already in your log: %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>With problems: %n.</source>
            <translation>
                <numerusform>With problems: %n.</numerusform>
                <numerusform>With problems: %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n row(s) (has|have) problems. Fix them in the file and import again, or tick “Skip the rows with problems”.</source>
            <translation>
                <numerusform>Nothing was imported: %n row has problems. Fix them in the file and import again, or tick “Skip the rows with problems”.</numerusform>
                <numerusform>Nothing was imported: %n rows have problems. Fix them in the file and import again, or tick “Skip the rows with problems”.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ModuleEditor</name>
        <message numerus="yes">
            <source>Problems: %n</source>
            <translation>
                <numerusform>Problems: %n</numerusform>
                <numerusform>Problems: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not saved: fix the %n problem(s) listed beside the editor first.</source>
            <translation>
                <numerusform>Not saved: fix the %n problem listed beside the editor first.</numerusform>
                <numerusform>Not saved: fix the %n problems listed beside the editor first.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ModuleListModel</name>
        <message numerus="yes">
            <source>%1 of %n section(s) read</source>
            <translation>
                <numerusform>%1 of %n section read</numerusform>
                <numerusform>%1 of %n sections read</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NoteCheck</name>
        <message numerus="yes">
            <source>Saved: your note has %1 of the %n item(s) a billable note needs.</source>
            <translation>
                <numerusform>Saved: your note has %1 of the %n item a billable note needs.</numerusform>
                <numerusform>Saved: your note has %1 of the %n items a billable note needs.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PacksTab</name>
        <message numerus="yes">
            <source>%n module(s)</source>
            <translation>
                <numerusform>%n module</numerusform>
                <numerusform>%n modules</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s)</source>
            <translation>
                <numerusform>%n question</numerusform>
                <numerusform>%n questions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n role-play(s)</source>
            <translation>
                <numerusform>, %n role-play</numerusform>
                <numerusform>, %n role-plays</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote pack %1 version %2 to %3: %n question(s).</source>
            <translation>
                <numerusform>Wrote pack %1 version %2 to %3: %n question.</numerusform>
                <numerusform>Wrote pack %1 version %2 to %3: %n questions.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProgressView</name>
        <message numerus="yes">
            <source>At your pace of the last %n week(s): about %1.</source>
            <translation>
                <numerusform>At your pace of the last %n week: about %1.</numerusform>
                <numerusform>At your pace of the last %n weeks: about %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReadinessWording</name>
        <message numerus="yes">
            <source>Not yet ready: %1 of %n requirement(s) met</source>
            <translation>
                <numerusform>Not yet ready: %1 of %n requirement met</numerusform>
                <numerusform>Not yet ready: %1 of %n requirements met</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n at %1%+, every domain</source>
            <translation>
                <numerusform>%n at %1%+, every domain</numerusform>
                <numerusform>%n at %1%+, every domain</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %2% in your last exam — practise %n question(s)</source>
            <translation>
                <numerusform>%1: %2% in your last exam — practise %n question</numerusform>
                <numerusform>%1: %2% in your last exam — practise %n questions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %2% in your last two exams — practise %n question(s)</source>
            <translation>
                <numerusform>%1: %2% in your last two exams — practise %n question</numerusform>
                <numerusform>%1: %2% in your last two exams — practise %n questions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %2% in your last exam — reread %3, then practise %n question(s)</source>
            <translation>
                <numerusform>%1: %2% in your last exam — reread %3, then practise %n question</numerusform>
                <numerusform>%1: %2% in your last exam — reread %3, then practise %n questions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %2% in your last two exams — reread %3, then practise %n question(s)</source>
            <translation>
                <numerusform>%1: %2% in your last two exams — reread %3, then practise %n question</numerusform>
                <numerusform>%1: %2% in your last two exams — reread %3, then practise %n questions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Take an exam simulation: %1 of your last %n are at or above %2%</source>
            <translation>
                <numerusform>Take an exam simulation: %1 of your last %n are at or above %2%</numerusform>
                <numerusform>Take an exam simulation: %1 of your last %n are at or above %2%</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RenewalCard</name>
        <message numerus="yes">
            <source>Not yet: %n requirement(s) still to meet.</source>
            <translation>
                <numerusform>Not yet: %n requirement still to meet.</numerusform>
                <numerusform>Not yet: %n requirements still to meet.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RenewalPage</name>
        <message numerus="yes">
            <source>%n course(s), %1 hours logged.</source>
            <translation>
                <numerusform>%n course, %1 hours logged.</numerusform>
                <numerusform>%n courses, %1 hours logged.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RenewalStatusView</name>
        <message numerus="yes">
            <source>Not yet: %n requirement(s) still to meet.</source>
            <translation>
                <numerusform>Not yet: %n requirement still to meet.</numerusform>
                <numerusform>Not yet: %n requirements still to meet.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message numerus="yes">
            <source>Sent %n page(s) to the printer.</source>
            <translation>
                <numerusform>Sent %n page to the printer.</numerusform>
                <numerusform>Sent %n pages to the printer.</numerusform>
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
    <context>
        <name>ScenarioEditor</name>
        <message numerus="yes">
            <source>Not saved: fix the %n problem(s) listed below first.</source>
            <translation>
                <numerusform>Not saved: fix the %n problem listed below first.</numerusform>
                <numerusform>Not saved: fix the %n problems listed below first.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ScenarioTab</name>
        <message numerus="yes">
            <source>%1 · %2 mode · %3 · %n decision(s)</source>
            <translation>
                <numerusform>%1 · %2 mode · %3 · %n decision</numerusform>
                <numerusform>%1 · %2 mode · %3 · %n decisions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message numerus="yes">
            <source>%n trainee(s)</source>
            <translation>
                <numerusform>%n trainee</numerusform>
                <numerusform>%n trainees</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hours entry(s)</source>
            <translation>
                <numerusform>%n hours entry</numerusform>
                <numerusform>%n hours entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attempt(s)</source>
            <translation>
                <numerusform>%n attempt</numerusform>
                <numerusform>%n attempts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TraineePackBox</name>
        <message numerus="yes">
            <source>%n supervisor signature(s) came along as history: a supervisor signs those entries again here.</source>
            <translation>
                <numerusform>%n supervisor signature came along as history: a supervisor signs those entries again here.</numerusform>
                <numerusform>%n supervisor signatures came along as history: a supervisor signs those entries again here.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hours entry(s)</source>
            <translation>
                <numerusform>%n hours entry</numerusform>
                <numerusform>%n hours entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attempt(s)</source>
            <translation>
                <numerusform>%n attempt</numerusform>
                <numerusform>%n attempts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attached file(s)</source>
            <translation>
                <numerusform>%n attached file</numerusform>
                <numerusform>%n attached files</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TranslationPane</name>
        <message numerus="yes">
            <source>Not saved: fix the %n problem(s) listed below first.</source>
            <translation>
                <numerusform>Not saved: fix the %n problem listed below first.</numerusform>
                <numerusform>Not saved: fix the %n problems listed below first.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message numerus="yes">
            <source>That is not the agency's trainer password. Please wait %n second(s) before trying again.</source>
            <translation>
                <numerusform>That is not the agency's trainer password. Please wait %n second before trying again.</numerusform>
                <numerusform>That is not the agency's trainer password. Please wait %n seconds before trying again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>That password is not right. Please wait %n second(s) before trying again.</source>
            <translation>
                <numerusform>That password is not right. Please wait %n second before trying again.</numerusform>
                <numerusform>That password is not right. Please wait %n seconds before trying again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong tries. Please wait %n second(s).</source>
            <translation>
                <numerusform>Too many wrong tries. Please wait %n second.</numerusform>
                <numerusform>Too many wrong tries. Please wait %n seconds.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>That PIN is not right. Please wait %n second(s) before trying again.</source>
            <translation>
                <numerusform>That PIN is not right. Please wait %n second before trying again.</numerusform>
                <numerusform>That PIN is not right. Please wait %n seconds before trying again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Your certification expires in %n day(s), on %1.</source>
            <translation>
                <numerusform>Your certification expires in %n day, on %1.</numerusform>
                <numerusform>Your certification expires in %n days, on %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No signature was kept: %n of them cannot be accepted.</source>
            <translation>
                <numerusform>No signature was kept: %n of them cannot be accepted.</numerusform>
                <numerusform>No signature was kept: %n of them cannot be accepted.</numerusform>
            </translation>
        </message>
    </context>
</TS>
