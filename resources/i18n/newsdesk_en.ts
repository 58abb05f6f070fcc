<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ArticleListPanel</name>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/articles/list_panel.py" line="+177"/>
        <source>%n story(ies)</source>
        <translation>
            <numerusform>%n story</numerusform>
            <numerusform>%n stories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommentQueuePanel</name>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/panels/comments/panel.py" line="+338"/>
        <source>Delete %n comment(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n comment for good? This cannot be undone.</numerusform>
            <numerusform>Delete %n comments for good? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalReplay</name>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/journal/__init__.py" line="+60"/>
        <source>Saved text kept on this computer for %n story(ies).</source>
        <translation>
            <numerusform>Saved text kept on this computer for %n story.</numerusform>
            <numerusform>Saved text kept on this computer for %n stories.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n of them had changed meanwhile: your text is in their history.</source>
        <translation>
            <numerusform>%n of them had changed meanwhile: your text is in its history.</numerusform>
            <numerusform>%n of them had changed meanwhile: your text is in their history.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionsPanel</name>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/panels/sections/panel.py" line="+131"/>
        <source>“%1” still holds %n story(ies), the trash included: move them to another section first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashActions</name>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/articles/trash_actions.py" line="+88"/>
        <source>%n story(ies)</source>
        <translation>
            <numerusform>%n story</numerusform>
            <numerusform>%n stories</numerusform>
        </translation>
    </message>
</context>
</TS>
