<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Arborist::DashboardPage</name>
    <message numerus="yes">
        <location filename="../src/widgets/dashboardpage.cpp" line="+138"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>0  I&apos;m feeling lucky: any of %n task(s)</source>
        <translation>
            <numerusform>0  I&apos;m feeling lucky: any of %n task</numerusform>
            <numerusform>0  I&apos;m feeling lucky: any of %n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Arborist::DashboardWindow</name>
    <message numerus="yes">
        <location filename="../src/widgets/dashboardwindow.cpp" line="+598"/>
        <source>&lt;b&gt;%Ln&lt;/b&gt; trees</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; tree</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; trees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>&lt;b&gt;%Ln&lt;/b&gt; tasks done</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; task done</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; tasks done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;b&gt;%Ln&lt;/b&gt; messages written</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; message written</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; messages written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;b&gt;%Ln&lt;/b&gt; annotators at work</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; annotator at work</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; annotators at work</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+525"/>
        <source>%1: alpha %2, %3 metric, over %Ln messages labelled by two or more annotators</source>
        <translation>
            <numerusform>%1: alpha %2, %3 metric, over %Ln message labelled by two or more annotators</numerusform>
            <numerusform>%1: alpha %2, %3 metric, over %Ln messages labelled by two or more annotators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>(%Ln values).</source>
        <translation>
            <numerusform>(%Ln value).</numerusform>
            <numerusform>(%Ln values).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Arborist::MessageNode</name>
    <message numerus="yes">
        <location filename="../src/models/messagenode.cpp" line="+104"/>
        <source>in review (%n review(s))</source>
        <translation>
            <numerusform>in review (%n review)</numerusform>
            <numerusform>in review (%n reviews)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Arborist::TaskPage</name>
    <message numerus="yes">
        <location filename="../src/widgets/taskpage.cpp" line="+199"/>
        <location line="+256"/>
        <source>Submitted. Sent in %n second(s) unless you undo.</source>
        <translation>
            <numerusform>Submitted. Sent in %n second unless you undo.</numerusform>
            <numerusform>Submitted. Sent in %n seconds unless you undo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Arborist::TransferDialog</name>
    <message numerus="yes">
        <location filename="../src/widgets/transferdialog.cpp" line="+178"/>
        <source>Imported %n tree(s)</source>
        <translation>
            <numerusform>Imported %n tree</numerusform>
            <numerusform>Imported %n trees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+27"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-27"/>
        <source>%n ranking(s)</source>
        <translation>
            <numerusform>%n ranking</numerusform>
            <numerusform>%n rankings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Exported %n tree(s)</source>
        <translation>
            <numerusform>Exported %n tree</numerusform>
            <numerusform>Exported %n trees</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Arborist::TreeBrowser</name>
    <message numerus="yes">
        <location filename="../src/widgets/treebrowser.cpp" line="+455"/>
        <source>State: %1 · language %2 · %Ln messages · by %3 · %4</source>
        <translation>
            <numerusform>State: %1 · language %2 · %Ln message · by %3 · %4</numerusform>
            <numerusform>State: %1 · language %2 · %Ln messages · by %3 · %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Arborist::WriteEditor</name>
    <message numerus="yes">
        <location filename="../src/widgets/writeeditor.cpp" line="+61"/>
        <source>The text has %Ln characters; the limit is %1. Shorten it.</source>
        <translation>
            <numerusform>The text has %Ln character; the limit is %1. Shorten it.</numerusform>
            <numerusform>The text has %Ln characters; the limit is %1. Shorten it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1 / %Ln characters</source>
        <translation>
            <numerusform>%1 / %Ln character</numerusform>
            <numerusform>%1 / %Ln characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../src/cli/cli.cpp" line="+853"/>
        <source>Every derived value of %n tree(s) agrees with the facts.</source>
        <translation>
            <numerusform>Every derived value of %n tree agrees with the facts.</numerusform>
            <numerusform>Every derived value of %n trees agrees with the facts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n difference(s) remain after the repair.</source>
        <translation>
            <numerusform>%n difference remains after the repair.</numerusform>
            <numerusform>%n differences remain after the repair.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+252"/>
        <source>%n line(s) skipped.</source>
        <translation>
            <numerusform>%n line skipped.</numerusform>
            <numerusform>%n lines skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
        <source>Retried %n tree(s).</source>
        <translation>
            <numerusform>Retried %n tree.</numerusform>
            <numerusform>Retried %n trees.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message numerus="yes">
        <location filename="../src/engine/engine.cpp" line="+617"/>
        <source>The new text has %Ln characters; the limit is %1.</source>
        <translation>
            <numerusform>The new text has %Ln character; the limit is %1.</numerusform>
            <numerusform>The new text has %Ln characters; the limit is %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/engine/tasks.cpp" line="+563"/>
        <source>%1 has %Ln unfinished tasks from the last %2 seconds; finish or skip some before asking for more.</source>
        <translation>
            <numerusform>%1 has %Ln unfinished task from the last %2 seconds; finish or skip it before asking for more.</numerusform>
            <numerusform>%1 has %Ln unfinished tasks from the last %2 seconds; finish or skip some before asking for more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+236"/>
        <source>The text has %Ln characters; the limit is %1. Shorten it.</source>
        <translation>
            <numerusform>The text has %Ln character; the limit is %1. Shorten it.</numerusform>
            <numerusform>The text has %Ln characters; the limit is %1. Shorten it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>You sent exactly this text in the last %Ln minutes; write a new one.</source>
        <translation>
            <numerusform>You sent exactly this text in the last minute; write a new one.</numerusform>
            <numerusform>You sent exactly this text in the last %Ln minutes; write a new one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+110"/>
        <source>The ranking must list each of the task&apos;s %Ln replies exactly once, best first.</source>
        <translation>
            <numerusform>The ranking must list the task&apos;s %Ln reply exactly once.</numerusform>
            <numerusform>The ranking must list each of the task&apos;s %Ln replies exactly once, best first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/engine/repair.cpp" line="+409"/>
        <source>The review results of %n message(s) were not checked: a review setting changed after their first review.</source>
        <translation>
            <numerusform>The review result of %n message was not checked: a review setting changed after its first review.</numerusform>
            <numerusform>The review results of %n messages were not checked: a review setting changed after their first review.</numerusform>
        </translation>
    </message>
</context>
</TS>
