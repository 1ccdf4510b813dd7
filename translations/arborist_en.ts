<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Arborist::DashboardPage</name>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation type="vanished">
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>0  I&apos;m feeling lucky: any of %n task(s)</source>
        <translation type="vanished">
            <numerusform>0  I&apos;m feeling lucky: any of %n task</numerusform>
            <numerusform>0  I&apos;m feeling lucky: any of %n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Arborist::DashboardWindow</name>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; trees</source>
        <translation type="vanished">
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; tree</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; trees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; tasks done</source>
        <translation type="vanished">
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; task done</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; tasks done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; messages written</source>
        <translation type="vanished">
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; message written</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; messages written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; annotators at work</source>
        <translation type="vanished">
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; annotator at work</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; annotators at work</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: alpha %2, %3 metric, over %Ln messages labelled by two or more annotators</source>
        <translation type="vanished">
            <numerusform>%1: alpha %2, %3 metric, over %Ln message labelled by two or more annotators</numerusform>
            <numerusform>%1: alpha %2, %3 metric, over %Ln messages labelled by two or more annotators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln values).</source>
        <translation type="vanished">
            <numerusform>(%Ln value).</numerusform>
            <numerusform>(%Ln values).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Arborist::MessageNode</name>
    <message numerus="yes">
        <source>in review (%n review(s))</source>
        <translation type="vanished">
            <numerusform>in review (%n review)</numerusform>
            <numerusform>in review (%n reviews)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Arborist::TaskPage</name>
    <message numerus="yes">
        <source>Submitted. Sent in %n second(s) unless you undo.</source>
        <translation type="vanished">
            <numerusform>Submitted. Sent in %n second unless you undo.</numerusform>
            <numerusform>Submitted. Sent in %n seconds unless you undo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Arborist::TransferDialog</name>
    <message numerus="yes">
        <source>Imported %n tree(s)</source>
        <translation type="vanished">
            <numerusform>Imported %n tree</numerusform>
            <numerusform>Imported %n trees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation type="vanished">
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ranking(s)</source>
        <translation type="vanished">
            <numerusform>%n ranking</numerusform>
            <numerusform>%n rankings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n tree(s)</source>
        <translation type="vanished">
            <numerusform>Exported %n tree</numerusform>
            <numerusform>Exported %n trees</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Arborist::TreeBrowser</name>
    <message numerus="yes">
        <source>State: %1 · language %2 · %Ln messages · by %3 · %4</source>
        <translation type="vanished">
            <numerusform>State: %1 · language %2 · %Ln message · by %3 · %4</numerusform>
            <numerusform>State: %1 · language %2 · %Ln messages · by %3 · %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Arborist::WriteEditor</name>
    <message numerus="yes">
        <source>The text has %Ln characters; the limit is %1. Shorten it.</source>
        <translation type="vanished">
            <numerusform>The text has %Ln character; the limit is %1. Shorten it.</numerusform>
            <numerusform>The text has %Ln characters; the limit is %1. Shorten it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 / %Ln characters</source>
        <translation type="vanished">
            <numerusform>%1 / %Ln character</numerusform>
            <numerusform>%1 / %Ln characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n line(s) skipped.</source>
        <translation type="vanished">
            <numerusform>%n line skipped.</numerusform>
            <numerusform>%n lines skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retried %n tree(s).</source>
        <translation type="vanished">
            <numerusform>Retried %n tree.</numerusform>
            <numerusform>Retried %n trees.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message numerus="yes">
        <source>The new text has %Ln characters; the limit is %1.</source>
        <translation type="vanished">
            <numerusform>The new text has %Ln character; the limit is %1.</numerusform>
            <numerusform>The new text has %Ln characters; the limit is %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %Ln unfinished tasks from the last %2 seconds; finish or skip some before asking for more.</source>
        <translation type="vanished">
            <numerusform>%1 has %Ln unfinished task from the last %2 seconds; finish or skip it before asking for more.</numerusform>
            <numerusform>%1 has %Ln unfinished tasks from the last %2 seconds; finish or skip some before asking for more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text has %Ln characters; the limit is %1. Shorten it.</source>
        <translation type="vanished">
            <numerusform>The text has %Ln character; the limit is %1. Shorten it.</numerusform>
            <numerusform>The text has %Ln characters; the limit is %1. Shorten it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You sent exactly this text in the last %Ln minutes; write a new one.</source>
        <translation type="vanished">
            <numerusform>You sent exactly this text in the last minute; write a new one.</numerusform>
            <numerusform>You sent exactly this text in the last %Ln minutes; write a new one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The ranking must list each of the task&apos;s %Ln replies exactly once, best first.</source>
        <translation type="vanished">
            <numerusform>The ranking must list the task&apos;s %Ln reply exactly once.</numerusform>
            <numerusform>The ranking must list each of the task&apos;s %Ln replies exactly once, best first.</numerusform>
        </translation>
    </message>
</context>
</TS>
