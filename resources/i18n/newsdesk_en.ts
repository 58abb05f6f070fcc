<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ArticleListPanel</name>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/articles/list_panel.py" line="+260"/>
        <source>%n story(ies)</source>
        <translation>
            <numerusform>%n story</numerusform>
            <numerusform>%n stories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssignmentsBadge</name>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/planning/assignments_badge.py" line="+65"/>
        <source>%n assignment(s)</source>
        <translation>
            <numerusform>%n assignment</numerusform>
            <numerusform>%n assignments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BudgetPanel</name>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/planning/budget_panel.py" line="+253"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommentQueuePanel</name>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/panels/comments/panel.py" line="+370"/>
        <source>Delete %n comment(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n comment for good? This cannot be undone.</numerusform>
            <numerusform>Delete %n comments for good? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/conflict/dialog.py" line="+190"/>
        <source>%n place(s) changed on both sides. Choose what the merge keeps for each, or write it yourself; everything else is merged.</source>
        <translation>
            <numerusform>%n place changed on both sides. Choose what the merge keeps, or write it yourself; everything else is merged.</numerusform>
            <numerusform>%n places changed on both sides. Choose what the merge keeps for each, or write it yourself; everything else is merged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CopyDesk</name>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/copydesk/desk.py" line="+73"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterLearner</name>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/moderation/learning.py" line="+63"/>
        <source>The spam filter learned from %n decision(s)</source>
        <translation>
            <numerusform>The spam filter learned from %n decision</numerusform>
            <numerusform>The spam filter learned from %n decisions</numerusform>
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
    <name>MediaDesk</name>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/media/desk.py" line="+156"/>
        <source>Added %n picture(s) to the library.</source>
        <translation>
            <numerusform>Added %n picture to the library.</numerusform>
            <numerusform>Added %n pictures to the library.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/media/panel.py" line="+160"/>
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n picture</numerusform>
            <numerusform>%n pictures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModerationView</name>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/moderation/view.py" line="+124"/>
        <source>%n comment(s) from this commenter approved</source>
        <translation>
            <numerusform>%n comment from this commenter approved</numerusform>
            <numerusform>%n comments from this commenter approved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionsPanel</name>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/panels/sections/panel.py" line="+131"/>
        <source>“%1” still holds %n story(ies), the trash included: move them to another section first.</source>
        <translation>
            <numerusform>“%1” still holds %n story, the trash included: move them to another section first.</numerusform>
            <numerusform>“%1” still holds %n stories, the trash included: move them to another section first.</numerusform>
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
