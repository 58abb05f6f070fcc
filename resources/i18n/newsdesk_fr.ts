<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.ui" line="+12"/>
        <source>About Newsdesk</source>
        <translation>À propos de Newsdesk</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/about.py" line="+83"/>
        <source>The desktop newsroom editor.</source>
        <translation>L&apos;éditeur de rédaction pour le bureau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy &amp;details</source>
        <translation>Copier les &amp;détails</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="+18"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Database server</source>
        <translation>Serveur de base de données</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>PySide6</source>
        <translation>PySide6</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/about.py" line="+8"/>
        <source>unavailable: %1</source>
        <translation>indisponible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Action</name>
    <message>
        <location filename="../../src/newsdesk/ui/vocabulary.py" line="+37"/>
        <source>Submit to the copy desk</source>
        <translation>Soumettre au secrétariat de rédaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take for editing</source>
        <translation>Prendre en relecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send back to the writer</source>
        <translation>Renvoyer au rédacteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass as ready</source>
        <translation>Valider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule publication</source>
        <translation>Programmer la publication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kill the story</source>
        <translation>Retirer l&apos;article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish a correction</source>
        <translation>Publier un rectificatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revive as a draft</source>
        <translation>Remettre en brouillon</translation>
    </message>
</context>
<context>
    <name>Administration</name>
    <message>
        <location filename="../../src/newsdesk/ui/admin/__init__.py" line="+23"/>
        <source>&amp;People and roles…</source>
        <translation>&amp;Personnes et rôles…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>People and roles need a newsroom server (PostgreSQL)</source>
        <translation>Les personnes et les rôles demandent un serveur de rédaction (PostgreSQL)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an admin manages people and roles</source>
        <translation>Seul un administrateur gère les personnes et les rôles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add people&apos;s logins and choose their roles</source>
        <translation>Créer les identifiants des personnes et choisir leurs rôles</translation>
    </message>
</context>
<context>
    <name>ArticleEditorPanel</name>
    <message>
        <location filename="../../src/newsdesk/ui/article_editor/panel.py" line="+63"/>
        <location line="+1"/>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Standfirst: the summary under the headline</source>
        <translation>Chapô&#xa0;: le résumé sous le titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standfirst</source>
        <translation>Chapô</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+35"/>
        <source>Dateline</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>e.g. MOSCOW</source>
        <translation>p. ex. MOSCOU</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Byline</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Writer</source>
        <translation>Rédacteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>e.g. News Desk</source>
        <translation>p. ex. Service Actualités</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>comma, separated</source>
        <translation>séparés, par des virgules</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+33"/>
        <source>Section</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+6"/>
        <location line="+27"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+1"/>
        <source>Comments open</source>
        <translation>Commentaires ouverts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Readers may comment on the published story; when closed, its page says so</source>
        <translation>Les lecteurs peuvent commenter l’article publié&#xa0;; fermés, sa page l’indique</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Story text (Markdown)</source>
        <translation>Texte de l&apos;article (Markdown)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick a story from the list, or press Ctrl+N.</source>
        <translation>Choisissez un article dans la liste, ou appuyez sur Ctrl+N.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the story&apos;s details</source>
        <translation>Afficher les détails de l&apos;article</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>comments closed</source>
        <translation>commentaires fermés</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>EMBARGOED until %1</source>
        <translation>SOUS EMBARGO jusqu&apos;au %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>(no section)</source>
        <translation>(sans rubrique)</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <location filename="../../src/newsdesk/ui/articles/list_model.py" line="+27"/>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Byline</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>(no headline)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Embargoed until %1</source>
        <translation>Sous embargo jusqu&apos;au %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs merge</source>
        <translation>À fusionner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wire withdrawn</source>
        <translation>Dépêche retirée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wire updated</source>
        <translation>Dépêche mise à jour</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 note</source>
        <translation>1 note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 notes</source>
        <translation>%1 notes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>U%1</source>
        <translation>U%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Embargoed: not to be published before %1</source>
        <translation>Sous embargo : ne pas publier avant le %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changed here and in the newsroom in the same place: needs merging</source>
        <translation>Modifié ici et à la rédaction au même endroit&#xa0;: à fusionner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A copy is taken offline on this computer</source>
        <translation>Une copie est emportée hors ligne sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agency withdrew the wire item this story was written from</source>
        <translation>L’agence a retiré la dépêche dont cet article est tiré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agency sent a newer version of the item this story was written from</source>
        <translation>L’agence a envoyé une version plus récente de la dépêche dont cet article est tiré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written from the %1 wire: version %2</source>
        <translation>Tiré de la dépêche %1 : version %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, urgency %1</source>
        <translation>, urgence %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Being edited by %1</source>
        <translation>En cours de modification par %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 open note</source>
        <translation>1 note ouverte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 open notes</source>
        <translation>%1 notes ouvertes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taken by %1</source>
        <translation>Pris par %1</translation>
    </message>
</context>
<context>
    <name>ArticleListPanel</name>
    <message>
        <location filename="../../src/newsdesk/ui/articles/list_panel.py" line="+73"/>
        <source>Search headlines, standfirsts and text…</source>
        <translation>Chercher dans les titres, les chapôs et le texte…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search stories</source>
        <translation>Chercher des articles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status filter</source>
        <translation>Filtre d&apos;état</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+189"/>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location line="-186"/>
        <location line="+188"/>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>Section filter</source>
        <translation>Filtre de rubrique</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+255"/>
        <source>All sections</source>
        <translation>Toutes les rubriques</translation>
    </message>
    <message>
        <location line="-250"/>
        <source>Stories</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Order of the stories</source>
        <translation>Ordre des articles</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>%1+ stories</source>
        <translation>%1 articles et plus</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n story(ies)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Newest first</source>
        <translation>Récents d&apos;abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest first</source>
        <translation>Anciens d&apos;abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By headline</source>
        <translation>Par titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By section</source>
        <translation>Par rubrique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By status</source>
        <translation>Par état</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By byline</source>
        <translation>Par signature</translation>
    </message>
</context>
<context>
    <name>ArticlePreview</name>
    <message>
        <location filename="../../src/newsdesk/ui/preview/view.py" line="+187"/>
        <source>Preview of the published page</source>
        <translation>Aperçu de la page publiée</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The preview of the open story shows here.</source>
        <translation>L&apos;aperçu de l&apos;article ouvert s&apos;affiche ici.</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>Picture %1 is not in the media library</source>
        <translation>L’image %1 n’est pas dans la médiathèque</translation>
    </message>
</context>
<context>
    <name>ArticleStatus</name>
    <message>
        <location filename="../../src/newsdesk/ui/vocabulary.py" line="-24"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editing</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent back</source>
        <translation>Renvoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Killed</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected</source>
        <translation>Corrigé</translation>
    </message>
</context>
<context>
    <name>AssignmentRole</name>
    <message>
        <location filename="../../src/newsdesk/ui/planning/budget_model.py" line="+43"/>
        <source>writer</source>
        <translation>rédacteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>photographer</source>
        <translation>photographe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>editor</source>
        <translation>éditeur</translation>
    </message>
</context>
<context>
    <name>AssignmentsBadge</name>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/planning/assignments_badge.py" line="+65"/>
        <source>%n assignment(s)</source>
        <translation>
            <numerusform>%n affectation</numerusform>
            <numerusform>%n affectations</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My open assignments: %1. Open the budget</source>
        <translation>Mes affectations en cours : %1. Ouvrir les prévisions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My assignments: %1</source>
        <translation>Mes affectations : %1</translation>
    </message>
</context>
<context>
    <name>AutosaveController</name>
    <message>
        <location filename="../../src/newsdesk/ui/article_editor/autosave.py" line="+166"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Could not keep your text on this computer: %s</source>
        <translation>Impossible de garder votre texte sur cet ordinateur&#xa0;: %s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Untitled story</source>
        <translation>Article sans titre</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Saved at %s</source>
        <translation>Enregistré à %s</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Database busy (another program is writing to it): your text is kept on this computer and saved as soon as it is free</source>
        <translation>Base de données occupée (un autre programme y écrit)&#xa0;: votre texte est gardé sur cet ordinateur et enregistré dès qu&apos;elle se libère</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reconnecting… your text is kept on this computer until it is saved</source>
        <translation>Reconnexion… votre texte est gardé sur cet ordinateur jusqu&apos;à son enregistrement</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not saved: %s. Your text stays in the editor.</source>
        <translation>Non enregistré&#xa0;: %s. Votre texte reste dans l&apos;éditeur.</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+33"/>
        <source>Not saved: %s</source>
        <translation>Non enregistré&#xa0;: %s</translation>
    </message>
</context>
<context>
    <name>BudgetModel</name>
    <message>
        <location filename="../../src/newsdesk/ui/planning/budget_model.py" line="-18"/>
        <source>Slug</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>(no section)</source>
        <translation>(sans rubrique)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2 min late)</source>
        <translation>%1 (%2 min de retard)</translation>
    </message>
</context>
<context>
    <name>BudgetPanel</name>
    <message>
        <location filename="../../src/newsdesk/ui/planning/budget_panel.py" line="+108"/>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Section filter</source>
        <translation>Filtre de rubrique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status filter</source>
        <translation>Filtre d&apos;état</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My assignments</source>
        <translation>Mes affectations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New item…</source>
        <translation>Nouveau sujet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put a new item on this day&apos;s budget (planners)</source>
        <translation>Ajouter un sujet aux prévisions du jour (planificateurs)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the item&apos;s details and who is on it (planners; E)</source>
        <translation>Modifier le sujet et qui y travaille (planificateurs ; E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the day&apos;s budget as HTML or CSV</source>
        <translation>Enregistrer les prévisions du jour en HTML ou en CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the day&apos;s budget, or save it as PDF</source>
        <translation>Imprimer les prévisions du jour, ou les enregistrer en PDF</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Budget</source>
        <translation>Prévisions</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>All sections</source>
        <translation>Toutes les rubriques</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n sujet</numerusform>
            <numerusform>%n sujets</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 shown, more as you scroll</source>
        <translation>%1 affichés, la suite en faisant défiler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 words</source>
        <translation>%1 mots sur %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing on %1 matches these filters.</source>
        <translation>Rien le %1 ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is planned for %1 yet.</source>
        <translation>Rien n&apos;est encore prévu pour le %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put a story on it with “New item…”.</source>
        <translation>Ajoutez-y un sujet avec « Nouveau sujet… ».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[ and ] go to the previous and next day.</source>
        <translation>[ et ] passent au jour précédent et au suivant.</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>%1 written</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Export the budget</source>
        <translation>Exporter les prévisions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web page (*.html);;Spreadsheet (*.csv)</source>
        <translation>Page web (*.html);;Tableur (*.csv)</translation>
    </message>
</context>
<context>
    <name>CheckKind</name>
    <message>
        <location filename="../../src/newsdesk/ui/vocabulary.py" line="+31"/>
        <source>Unbalanced quotes</source>
        <translation>Guillemets non appariés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unbalanced brackets</source>
        <translation>Parenthèses non appariées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doubled word</source>
        <translation>Mot répété</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double space</source>
        <translation>Double espace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space before punctuation</source>
        <translation>Espace avant la ponctuation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long sentence</source>
        <translation>Phrase longue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headline length</source>
        <translation>Longueur du titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standfirst length</source>
        <translation>Longueur du chapô</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing field</source>
        <translation>Champ manquant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spelling</source>
        <translation>Orthographe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embargo not set</source>
        <translation>Embargo non indiqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../../src/newsdesk/ui/copydesk/findings_model.py" line="+33"/>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standfirst</source>
        <translation>Chapô</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dateline</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Byline</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/copydesk/checks_panel.py" line="+106"/>
        <source>Copy check findings</source>
        <translation>Résultats de la relecture automatique</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/copydesk/findings_model.py" line="+4"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/copydesk/checks_panel.py" line="+15"/>
        <source>Add to &amp;word list</source>
        <translation>Ajouter au &amp;lexique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept this spelling in every story from now on</source>
        <translation>Accepter désormais cette orthographe dans tous les articles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;pply</source>
        <translation>A&amp;ppliquer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the passage with the style list&apos;s form</source>
        <translation>Remplacer le passage par la forme de la charte de style</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>No findings</source>
        <translation>Rien à signaler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 finding</source>
        <translation>1 constat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 findings</source>
        <translation>%1 constats</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No spelling dictionary for %1</source>
        <translation>Pas de dictionnaire d’orthographe pour %1</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>“%1” is in the newsroom word list now.</source>
        <translation>« %1 » est maintenant dans le lexique de la rédaction.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The text there has changed; the checks run again.</source>
        <translation>Le texte a changé à cet endroit&#xa0;; les vérifications reprennent.</translation>
    </message>
</context>
<context>
    <name>CommentDetail</name>
    <message>
        <location filename="../../src/newsdesk/ui/moderation/detail.py" line="+76"/>
        <source>The newsroom</source>
        <translation>La rédaction</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> → </source>
        <translation> → </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(undone)</source>
        <translation>(annulé)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 approved · %2 pending · %3 spam · %4 in the trash</source>
        <translation>%1 approuvés · %2 en attente · %3 indésirables · %4 à la corbeille</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First seen %1, last seen %2</source>
        <translation>Vu la première fois le %1, la dernière le %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Always held</source>
        <translation>Toujours retenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always spam (banned)</source>
        <translation>Toujours indésirable (banni)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted: approved without holding</source>
        <translation>De confiance : approuvé sans attente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This commenter</source>
        <translation>Cet auteur de commentaires</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What weighed most (score now %1)</source>
        <translation>Ce qui a le plus pesé (score actuel %1)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>IP %1</source>
        <translation>IP %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>spam score %1</source>
        <translation>score d&apos;indésirable %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held because:</source>
        <translation>Retenu parce que&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What weighed most?</source>
        <translation>Qu’est-ce qui a pesé ?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>As submitted</source>
        <translation>Tel que soumis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In reply to</source>
        <translation>En réponse à</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replies (%1)</source>
        <translation>Réponses (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Moderation</source>
        <translation>Modération</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The selected comment</source>
        <translation>Le commentaire sélectionné</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select a comment to read it whole.</source>
        <translation>Sélectionnez un commentaire pour le lire en entier.</translation>
    </message>
</context>
<context>
    <name>CommentQueueModel</name>
    <message>
        <location filename="../../src/newsdesk/ui/panels/comments/queue_model.py" line="+27"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Story</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>no reason recorded</source>
        <translation>aucun motif enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held because</source>
        <translation>Retenu parce que</translation>
    </message>
</context>
<context>
    <name>CommentQueuePanel</name>
    <message>
        <location filename="../../src/newsdesk/ui/panels/comments/panel.py" line="+62"/>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>approuvés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spam</source>
        <translation>indésirables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the trash</source>
        <translation>à la corbeille</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>comments</source>
        <translation>commentaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No comments waiting. All clear.</source>
        <translation>Aucun commentaire en attente. Tout est traité.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More than %1 match</source>
        <translation>Plus de %1 résultats</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>Delete %n comment(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer définitivement %n commentaire&#xa0;? C&apos;est irréversible.</numerusform>
            <numerusform>Supprimer définitivement %n commentaires&#xa0;? C&apos;est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 does not apply to the selected comments</source>
        <translation>%1 ne s&apos;applique pas aux commentaires sélectionnés</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing to undo</source>
        <translation>Rien à annuler</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Delete permanently</source>
        <translation>Supprimer définitivement</translation>
    </message>
</context>
<context>
    <name>CommentStatus</name>
    <message>
        <location filename="../../src/newsdesk/ui/vocabulary.py" line="-40"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spam</source>
        <translation>Indésirable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
</context>
<context>
    <name>CommentTextDialog</name>
    <message>
        <location filename="../../src/newsdesk/ui/panels/comments/text_dialog.py" line="+73"/>
        <source>Reply as the newsroom</source>
        <translation>Répondre au nom de la rédaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Your reply:</source>
        <translation>&amp;Votre réponse&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your reply</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment:</source>
        <translation>Commentaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the comment</source>
        <translation>Modifier le commentaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;text (the original is kept):</source>
        <translation>Le &amp;texte (l&apos;original est conservé)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The comment&apos;s text</source>
        <translation>Le texte du commentaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In reply to %1:</source>
        <translation>En réponse à %1&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/comment_text_dialog.ui" line="+22"/>
        <source>Story:</source>
        <translation>Article&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>By:</source>
        <translation>Par&#xa0;:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The comment answered</source>
        <translation>Le commentaire auquel on répond</translation>
    </message>
</context>
<context>
    <name>CommenterActions</name>
    <message>
        <location filename="../../src/newsdesk/ui/moderation/commenter_actions.py" line="+70"/>
        <source>Commenter:</source>
        <translation>Auteur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this commenter</source>
        <translation>Seulement cet auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the comments from this e-mail address</source>
        <translation>N’afficher que les commentaires de cette adresse électronique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve all pending</source>
        <translation>Approuver tous ceux en attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve every pending comment from this commenter (one Undo)</source>
        <translation>Approuver tous les commentaires en attente de cet auteur (une seule annulation)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What intake does with this commenter&apos;s next comments</source>
        <translation>Ce que la réception fait des prochains commentaires de cet auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the rules decide</source>
        <translation>Selon les règles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always hold</source>
        <translation>Toujours retenir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always spam (ban)</source>
        <translation>Toujours indésirable (bannir)</translation>
    </message>
</context>
<context>
    <name>ConflictController</name>
    <message>
        <location filename="../../src/newsdesk/ui/conflict/__init__.py" line="+36"/>
        <source>Resolve save &amp;conflict…</source>
        <translation>Résoudre le &amp;conflit d&apos;enregistrement…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Not saved: a newer version exists. Story ▸ Resolve save conflict… to choose what to keep.</source>
        <translation>Non enregistré&#xa0;: une version plus récente existe. Article ▸ Résoudre le conflit d&apos;enregistrement… pour choisir ce qu&apos;il faut garder.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The conflict could not be resolved: %1</source>
        <translation>Le conflit n&apos;a pas pu être résolu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../src/newsdesk/ui/conflict/dialog.py" line="+38"/>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standfirst</source>
        <translation>Chapô</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dateline</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Byline</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Embargoed until</source>
        <translation>Sous embargo jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>(no section)</source>
        <translation>(sans rubrique)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no tags)</source>
        <translation>(aucun mot-clé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed</source>
        <translation>Fermés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no embargo)</source>
        <translation>(pas d&apos;embargo)</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n place(s) changed on both sides. Choose what the merge keeps for each, or write it yourself; everything else is merged.</source>
        <translation>
            <numerusform>%n endroit a changé des deux côtés. Choisissez ce que la fusion en garde, ou écrivez-le vous-même ; tout le reste est fusionné.</numerusform>
            <numerusform>%n endroits ont changé des deux côtés. Choisissez ce que la fusion garde pour chacun, ou écrivez-le vous-même ; tout le reste est fusionné.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Body: “%1”</source>
        <translation>Corps : « %1 »</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save the merge</source>
        <translation>&amp;Enregistrer la fusion</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Written by hand</source>
        <translation>Écrit à la main</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What %1 changed</source>
        <translation>Ce que %1 a changé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you changed</source>
        <translation>Ce que vous avez changé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The merge</source>
        <translation>La fusion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each side is compared with the version you both started from.</source>
        <translation>Chaque côté est comparé à la version dont vous êtes partis tous les deux.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Changed on both sides (%1): %2</source>
        <translation>Changé des deux côtés (%1) : %2</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.ui" line="+14"/>
        <source>The story changed while you were editing</source>
        <translation>L&apos;article a changé pendant que vous le modifiiez</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>What each side changed, and the merge</source>
        <translation>Ce que chaque côté a changé, et la fusion</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/conflict/dialog.py" line="-133"/>
        <source>%1 saved a newer version of “%2” at %3. Your text was not saved over it; both texts are kept in the story&apos;s history whatever you choose.</source>
        <translation>%1 a enregistré une version plus récente de « %2 » à %3. Votre texte ne l&apos;a pas écrasée&#xa0;; les deux textes restent dans l&apos;historique de l&apos;article, quel que soit votre choix.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this story</source>
        <translation>cet article</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.ui" line="+8"/>
        <source>Merge</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/conflict/dialog.py" line="+25"/>
        <source>Clashing paragraph %1</source>
        <translation>Paragraphe en conflit %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clashing field %1</source>
        <translation>Champ en conflit %1</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Your changes and theirs touch different paragraphs and fields: the merge keeps both.</source>
        <translation>Vos modifications et les siennes touchent des paragraphes et des champs différents&#xa0;: la fusion garde les deux.</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Comments open</source>
        <translation>Commentaires ouverts</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Keep &amp;mine</source>
        <translation>Garder la &amp;mienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take &amp;theirs</source>
        <translation>Prendre la &amp;sienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide &amp;later</source>
        <translation>Décider &amp;plus tard</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mine</source>
        <translation>La mienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs</source>
        <translation>La sienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both: mine, then theirs</source>
        <translation>Les deux&#xa0;: la mienne, puis la sienne</translation>
    </message>
</context>
<context>
    <name>ConflictPlace</name>
    <message>
        <location filename="../../src/newsdesk/ui/conflict/place.py" line="+62"/>
        <source>%1, as the merge keeps it</source>
        <translation>%1, tel que la fusion le garde</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <location filename="../../src/newsdesk/ui/connection/__init__.py" line="+40"/>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../src/newsdesk/ui/connection/dialog.py" line="+47"/>
        <source>never encrypt</source>
        <translation>ne jamais chiffrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encrypt only if the server insists</source>
        <translation>chiffrer seulement si le serveur l&apos;exige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encrypt when the server can</source>
        <translation>chiffrer quand le serveur le peut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>always encrypt, any certificate</source>
        <translation>toujours chiffrer, tout certificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encrypt, check the certificate&apos;s authority</source>
        <translation>chiffrer, vérifier l&apos;autorité du certificat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>encrypt, check the authority and host name</source>
        <translation>chiffrer, vérifier l&apos;autorité et le nom d&apos;hôte</translation>
    </message>
    <message>
        <location filename="../../ui/connection_dialog.ui" line="+14"/>
        <source>Connect to newsroom</source>
        <translation>Se connecter à une rédaction</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Recent newsrooms</source>
        <translation>Rédactions récentes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Forget</source>
        <translation>&amp;Oublier</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Remove the newsroom from this list</source>
        <translation>Retirer la rédaction de cette liste</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/connection/dialog.py" line="+194"/>
        <location filename="../../ui/connection_dialog.ui" line="+49"/>
        <source>Newsroom file</source>
        <translation>Fichier de la rédaction</translation>
    </message>
    <message>
        <location filename="../../ui/connection_dialog.ui" line="+7"/>
        <source>C&amp;hoose…</source>
        <translation>Chois&amp;ir…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Ne&amp;wsroom server</source>
        <translation>&amp;Serveur de rédaction</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>optional, e.g. City desk</source>
        <translation>facultatif, p. ex. Service Ville</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ho&amp;st:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>&amp;Remember password in the system keyring</source>
        <translation>&amp;Retenir le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/connection/dialog.py" line="-120"/>
        <source>C&amp;onnect</source>
        <translation>Se conn&amp;ecter</translation>
    </message>
    <message>
        <location filename="../../ui/connection_dialog.ui" line="-279"/>
        <source>R&amp;ecent</source>
        <translation>R&amp;écentes</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This co&amp;mputer</source>
        <translation>Cet or&amp;dinateur</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>T&amp;LS mode:</source>
        <translation>Mode T&amp;LS&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/connection/dialog.py" line="+75"/>
        <source>saved in the system keyring</source>
        <translation>enregistré dans le trousseau du système</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Newsroom files (*.sqlite *.db);;All files (*)</source>
        <translation>Fichiers de rédaction (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/connection/messages.py" line="+15"/>
        <source>The server asks for a password: enter it and try again.</source>
        <translation>Le serveur demande un mot de passe&#xa0;: saisissez-le et réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong password (or user name) for the newsroom server.</source>
        <translation>Mot de passe (ou nom d&apos;utilisateur) erroné pour le serveur de rédaction.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server has no user of that name.</source>
        <translation>Le serveur n&apos;a pas d&apos;utilisateur de ce nom.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server has no database of that name: check the name, or ask an administrator to create it.</source>
        <translation>Le serveur n&apos;a pas de base de données de ce nom&#xa0;: vérifiez le nom, ou demandez à un administrateur de la créer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server does not let this computer in as that user (pg_hba.conf): ask an administrator.</source>
        <translation>Le serveur n&apos;accepte pas cet ordinateur sous cet utilisateur (pg_hba.conf)&#xa0;: demandez à un administrateur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secure (TLS) connection failed: the server may not offer TLS, or its certificate was not trusted. Check the TLS mode.</source>
        <translation>La connexion sécurisée (TLS) a échoué&#xa0;: le serveur ne propose peut-être pas TLS, ou son certificat n&apos;a pas été reconnu. Vérifiez le mode TLS.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No server of that name was found: check the host name.</source>
        <translation>Aucun serveur de ce nom n&apos;a été trouvé&#xa0;: vérifiez le nom d&apos;hôte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server did not answer in time: check the host and port, and the network.</source>
        <translation>Le serveur n&apos;a pas répondu à temps&#xa0;: vérifiez l&apos;hôte, le port et le réseau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server is not reachable: nothing answers at that host and port. Check them, and that the server is running.</source>
        <translation>Le serveur est injoignable&#xa0;: rien ne répond à cet hôte et ce port. Vérifiez-les, et que le serveur tourne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No system keyring is available; the password will be asked each time.</source>
        <translation>Aucun trousseau système n&apos;est disponible&#xa0;; le mot de passe sera demandé à chaque fois.</translation>
    </message>
</context>
<context>
    <name>CopyDesk</name>
    <message>
        <location filename="../../src/newsdesk/ui/copydesk/desk.py" line="+38"/>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n constat</numerusform>
            <numerusform>%n constats</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy checks: %1. Open the Checks panel</source>
        <translation>Vérifications&#xa0;: %1. Ouvrir le panneau Vérifications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy checks: %1</source>
        <translation>Vérifications&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CopyDeskPage</name>
    <message>
        <location filename="../../ui/preferences_copy_desk_page.ui" line="+35"/>
        <source> words</source>
        <translation> mots</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+23"/>
        <source> characters</source>
        <translation> caractères</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Style list</source>
        <translation>Charte de style</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Avoid</source>
        <translation>À éviter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use instead</source>
        <translation>Utiliser plutôt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Add &amp;rule</source>
        <translation>Ajouter une &amp;règle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remo&amp;ve rule</source>
        <translation>Supprimer la r&amp;ègle</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Flag</source>
        <translation>Signaler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sentences longer than:</source>
        <translation>Phrases de plus de&#xa0;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Headlines longer than:</source>
        <translation>Titres de plus de&#xa0;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Standfirsts longer than:</source>
        <translation>Chapôs de plus de&#xa0;:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Style list (banned or style-guide words)</source>
        <translation>Charte de style (mots proscrits ou imposés)</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../src/newsdesk/ui/crash.py" line="+129"/>
        <source>Newsdesk met an error it did not expect:</source>
        <translation>Newsdesk a rencontré une erreur inattendue&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(in %1)</source>
        <translation>(dans %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your text was kept first: %1.</source>
        <translation>Votre texte a d&apos;abord été mis à l&apos;abri&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The details are in the log:</source>
        <translation>Les détails sont dans le journal&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Newsdesk stopped on an error at %1 (%2).</source>
        <translation>Newsdesk s&apos;est arrêté sur une erreur à %1 (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your text of %1 was kept and saved.</source>
        <translation>Votre texte de %1 a été gardé et enregistré.</translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <location filename="../../ui/diff_dialog.ui" line="+14"/>
        <source>Compare revisions</source>
        <translation>Comparer des versions</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/copydesk/diff_dialog.py" line="+32"/>
        <source>Compare %1 with %2</source>
        <translation>Comparer %1 avec %2</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../../ui/diff_view.ui" line="+23"/>
        <source>&amp;Inline</source>
        <translation>&amp;En ligne</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Side by side</source>
        <translation>&amp;Côte à côte</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/copydesk/diff_view.py" line="+42"/>
        <source>+%1 words, −%2 words</source>
        <translation>+%1 mots, −%2 mots</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Standfirst</source>
        <translation>Chapô</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(unchanged)</source>
        <translation>(inchangé)</translation>
    </message>
</context>
<context>
    <name>EditLocks</name>
    <message>
        <location filename="../../src/newsdesk/ui/locks/controller.py" line="+236"/>
        <source>%1 took over the story you were editing.</source>
        <translation>%1 a pris la main sur l&apos;article que vous modifiiez.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Nobody else is editing this story now: it is yours to edit.</source>
        <translation>Plus personne d&apos;autre ne modifie cet article&#xa0;: vous pouvez le modifier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 took over this story; your last text was saved as a revision.</source>
        <translation>%1 a pris la main sur cet article&#xa0;; votre dernier texte est enregistré comme version.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You are editing this story on another computer (since %1). Take it over here?</source>
        <translation>Vous modifiez cet article sur un autre ordinateur (depuis %1). Le reprendre ici&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You have this story open in another Newsdesk window (since %1). Take it over here?</source>
        <translation>Cet article est ouvert dans une autre fenêtre de Newsdesk (depuis %1). Le reprendre ici&#xa0;?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Being edited by %1 since %2 — you can read it here.</source>
        <translation>En cours de modification par %1 depuis %2 — vous pouvez le lire ici.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Take over the story</source>
        <translation>Prendre la main sur l&apos;article</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is editing this story. Take it over?

Their last text is kept as a revision in the history, and their window becomes read-only.</source>
        <translation>%1 modifie cet article. Prendre la main&#xa0;?

Son dernier texte est gardé comme version dans l&apos;historique, et sa fenêtre passe en lecture seule.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Take over</source>
        <translation>Prendre la main</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>You took over the story from %1; their last text is kept as a revision.</source>
        <translation>Vous avez pris la main sur l&apos;article de %1&#xa0;; son dernier texte est gardé comme version.</translation>
    </message>
</context>
<context>
    <name>EditingController</name>
    <message>
        <location filename="../../src/newsdesk/ui/article_editor/controller.py" line="+156"/>
        <source>Duplicated “%1”: you are editing the copy.</source>
        <translation>«&#xa0;%1&#xa0;» dupliqué&#xa0;: vous modifiez la copie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untitled story</source>
        <translation>Article sans titre</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
</context>
<context>
    <name>EditorStatusBar</name>
    <message>
        <location filename="../../src/newsdesk/ui/status_bar.py" line="+38"/>
        <source>The newsroom database in use</source>
        <translation>La base de la rédaction utilisée</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+50"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+50"/>
        <source>Undo the last action</source>
        <translation>Annuler la dernière action</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1 words · %2 characters · %3 min read</source>
        <translation>%1 mots · %2 caractères · %3 min de lecture</translation>
    </message>
</context>
<context>
    <name>EmbargoField</name>
    <message>
        <location filename="../../src/newsdesk/ui/article_editor/embargo_field.py" line="+26"/>
        <location line="+1"/>
        <source>Embargoed until</source>
        <translation>Sous embargo jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody may publish the story, and no export carries it, before this time</source>
        <translation>Personne ne peut publier l&apos;article, et aucun export ne l&apos;emporte, avant cette heure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Embargo time</source>
        <translation>Heure de l&apos;embargo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In this computer&apos;s time zone (%1)</source>
        <translation>Dans le fuseau horaire de cet ordinateur (%1)</translation>
    </message>
</context>
<context>
    <name>FilterLearner</name>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/moderation/learning.py" line="+63"/>
        <source>The spam filter learned from %n decision(s)</source>
        <translation>
            <numerusform>Le filtre anti-indésirables a appris de %n décision</numerusform>
            <numerusform>Le filtre anti-indésirables a appris de %n décisions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterRow</name>
    <message>
        <location filename="../../src/newsdesk/ui/panels/comments/filters.py" line="+35"/>
        <source>Any time</source>
        <translation>N&apos;importe quand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older than 30 days</source>
        <translation>Plus de 30 jours</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Words in the comment…</source>
        <translation>Mots du commentaire…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search comment text</source>
        <translation>Chercher dans le texte des commentaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author or e-mail…</source>
        <translation>Auteur ou courriel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by author or e-mail</source>
        <translation>Filtrer par auteur ou courriel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by date</source>
        <translation>Filtrer par date</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only the open story</source>
        <translation>Seulement l&apos;article ouvert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show every commenter again</source>
        <translation>Afficher de nouveau tous les auteurs</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Only %1 ✕</source>
        <translation>Seulement %1 ✕</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Oldest first</source>
        <translation>Plus anciens d&apos;abord</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Newest first</source>
        <translation>Plus récents d&apos;abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the order</source>
        <translation>Changer l&apos;ordre</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../src/newsdesk/ui/editor/find_bar.py" line="+33"/>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace this match (in Replace with)</source>
        <translation>Remplacer cette occurrence (dans Remplacer par)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+1"/>
        <source>Find</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Occurrence précédente (Maj+Entrée)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next match (Enter)</source>
        <translation>Occurrence suivante (Entrée)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the find bar (Escape)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole words</source>
        <translation>Mots entiers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Matches</source>
        <translation>Occurrences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace all</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>{count} replaced</source>
        <translation>{count} remplacé(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+47"/>
        <source>No matches</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{current} of {total}</source>
        <translation>{current} sur {total}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 match</source>
        <translation>1 occurrence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{total} matches</source>
        <translation>{total} occurrences</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <location filename="../../src/newsdesk/ui/copydesk/finding_words.py" line="+21"/>
        <source>Paragraph %1 opens a quotation (%2) it never closes</source>
        <translation>Le paragraphe %1 ouvre une citation (%2) qu’il ne ferme jamais</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paragraph %1 opens a quotation (%2) it never closes (%3 open)</source>
        <translation>Le paragraphe %1 ouvre une citation (%2) qu’il ne ferme jamais (%3 ouvertes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paragraph %1 has an odd number of straight quotation marks (&quot;)</source>
        <translation>Le paragraphe %1 a un nombre impair de guillemets droits (&quot;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paragraph %1 opens a bracket (%2) it never closes</source>
        <translation>Le paragraphe %1 ouvre une parenthèse (%2) qu’il ne ferme jamais</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paragraph %1 closes a bracket (%2) it never opened</source>
        <translation>Le paragraphe %1 ferme une parenthèse (%2) qu’il n’a jamais ouverte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Doubled word: “%1 %2”</source>
        <translation>Mot répété : « %1 %2 »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double space</source>
        <translation>Double espace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space before “%1”</source>
        <translation>Espace avant « %1 »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sentence of %1 words (the limit is %2)</source>
        <translation>Phrase de %1 mots (la limite est de %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Headline of %1 characters (the limit is %2)</source>
        <translation>Titre de %1 caractères (la limite est de %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Standfirst of %1 characters (the limit is %2)</source>
        <translation>Chapô de %1 caractères (la limite est de %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing %1: required before the story can be passed as ready</source>
        <translation>%1 manquant : requis avant que l’article puisse être déclaré prêt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown word: “%1”</source>
        <translation>Mot inconnu : « %1 »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Style: “%1” → “%2”</source>
        <translation>Style : « %1 » → « %2 »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 speak of an embargo, but the story has no embargo time: set one before it is passed as ready</source>
        <translation>Les %1 évoquent un embargo, mais l&apos;article n&apos;a pas d&apos;heure d&apos;embargo : indiquez-en une avant de le passer comme prêt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Picture %1 has no alt text for readers who cannot see it</source>
        <translation>L’image %1 n’a pas de texte alternatif pour les lecteurs qui ne la voient pas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Picture %1 has no credit</source>
        <translation>L’image %1 n’a pas de crédit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture %1 is not in the media library</source>
        <translation>L’image %1 n’est pas dans la médiathèque</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Picture %1 may not be published: “%2”</source>
        <translation>L’image %1 ne peut pas être publiée : « %2 »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lead picture is %1 pixels wide (at least %2)</source>
        <translation>L’image principale fait %1 pixels de large (au moins %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>dateline</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>section</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>byline</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>credit line</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>story&apos;s words</source>
        <translation>mots de l&apos;article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>notes</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../../ui/preferences_general_page.ui" line="+43"/>
        <source>The interface changes language as soon as you press OK or Apply.</source>
        <translation>L&apos;interface change de langue dès que vous appuyez sur OK ou Appliquer.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A&amp;utosave after:</source>
        <translation>&amp;Enregistrement automatique après&#xa0;:</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Agency fol&amp;ders:</source>
        <translation>&amp;Dossiers des agences&#xa0;:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>One folder per line, where an agency drops its ninjs (.json) or NewsML-G2 (.xml) items, and after “ = ” the agency to credit when an item names none (/srv/wires/afp = AFP): the window takes new files in by itself every half minute.</source>
        <translation>Un dossier par ligne, où une agence dépose ses dépêches ninjs (.json) ou NewsML-G2 (.xml), suivi après « = » de l’agence à créditer quand une dépêche n’en nomme aucune (/srv/wires/afp = AFP) : la fenêtre reprend d’elle-même les nouveaux fichiers toutes les trente secondes.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/preferences/pages.py" line="+144"/>
        <source>The story&apos;s body text in the preview, %1 to %2 px</source>
        <translation>Le texte de l&apos;article dans l&apos;aperçu, de %1 à %2 px</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_general_page.ui" line="-70"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A story saves itself this long after typing pauses, and at least this often while typing goes on: a crash loses at most this much typing.</source>
        <translation>Un article s&apos;enregistre ce délai après une pause de frappe, et au moins aussi souvent pendant la frappe&#xa0;: une panne ne fait perdre au plus que ce délai de frappe.</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>&amp;Interface language:</source>
        <translation>&amp;Langue de l&apos;interface&#xa0;:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Preview &amp;font size (px):</source>
        <translation>Taille du te&amp;xte de l&apos;aperçu (px)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../src/newsdesk/ui/copydesk/history_panel.py" line="+57"/>
        <source>Revisions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mparer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select two revisions, or one to compare with the latest</source>
        <translation>Sélectionnez deux versions, ou une pour la comparer à la dernière</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Rétablir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put this revision&apos;s text back, as a new revision</source>
        <translation>Remettre le texte de cette version, comme nouvelle version</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 words added, %2 removed</source>
        <translation>%1 mots ajoutés, %2 retirés</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Revision %1 · %2 · %3</source>
        <translation>Version %1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restore revision</source>
        <translation>Rétablir la version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the text of revision %1 back in the story? The text now becomes a revision you can go back to.</source>
        <translation>Remettre le texte de la version %1 dans l&apos;article&#xa0;? Le texte actuel devient une version à laquelle vous pourrez revenir.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Revision %1 restored.</source>
        <translation>Version %1 rétablie.</translation>
    </message>
</context>
<context>
    <name>HoldReason</name>
    <message>
        <location filename="../../src/newsdesk/ui/panels/comments/reason_words.py" line="+24"/>
        <source>blocked word: %1</source>
        <translation>mot bloqué : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>moderation word: %1</source>
        <translation>mot à modérer : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>links: %1</source>
        <translation>liens : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comments within a minute: %1</source>
        <translation>commentaires en une minute : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first comment from this address</source>
        <translation>premier commentaire de cette adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>automatic approval is off</source>
        <translation>l’approbation automatique est désactivée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no approved comment from this address yet</source>
        <translation>aucun commentaire approuvé de cette adresse pour l’instant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>learned filter: %1</source>
        <translation>filtre appris&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>always spam: the commenter is banned</source>
        <translation>toujours indésirable&#xa0;: l&apos;auteur est banni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>always held: a moderator asked so</source>
        <translation>toujours retenu&#xa0;: à la demande d&apos;un modérateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>earlier comments marked spam: %1</source>
        <translation>commentaires déjà marqués indésirables&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sent without a fresh form token</source>
        <translation>envoyé sans jeton de formulaire récent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent too soon after the form was handed out (%1)</source>
        <translation>envoyé trop tôt après l&apos;affichage du formulaire (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sent with an expired form token (%1)</source>
        <translation>envoyé avec un jeton de formulaire expiré (%1)</translation>
    </message>
</context>
<context>
    <name>InterchangeMenu</name>
    <message>
        <location filename="../../src/newsdesk/ui/interchange/menu.py" line="+32"/>
        <source>Web pages (*.html *.htm *.xhtml);;All files (*)</source>
        <translation>Pages web (*.html *.htm *.xhtml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WordPress exports (*.xml *.wxr);;All files (*)</source>
        <translation>Exports WordPress (*.xml *.wxr);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Static &amp;site…</source>
        <translation>&amp;Site statique…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IPTC &amp;ninjs…</source>
        <translation>IPTC &amp;ninjs…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;WordPress (WXR)…</source>
        <translation>&amp;WordPress (WXR)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Web page…</source>
        <translation>Page &amp;web…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word&amp;Press export (WXR)…</source>
        <translation>Export Word&amp;Press (WXR)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Wait for the running export or import to finish.</source>
        <translation>Attendez la fin de l&apos;export ou de l&apos;import en cours.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Exported %1 published stories to %2: %3 files written, %4 unchanged, %5 removed, in %6 s.</source>
        <translation>%1 articles publiés exportés vers %2&#xa0;: %3 fichiers écrits, %4 inchangés, %5 supprimés, en %6 s.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exporting the static site…</source>
        <translation>Export du site statique…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Wrote %1 ninjs %2 document(s) to %3.</source>
        <translation>%1 document(s) ninjs %2 écrit(s) dans %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 private stories were left out until they are published.</source>
        <translation>%1 articles privés ont été laissés de côté jusqu’à leur publication.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting ninjs documents…</source>
        <translation>Export des documents ninjs…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import a saved web page</source>
        <translation>Importer une page web enregistrée</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Imported “%1” from %2 as a draft.</source>
        <translation>« %1 » importé de %2 comme brouillon.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removed %1 control characters from the page.</source>
        <translation>%1 caractères de contrôle ont été retirés de la page.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing the web page…</source>
        <translation>Import de la page web…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a WordPress export</source>
        <translation>Importer un export WordPress</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Imported %1 posts, %2 comments (%3 pingbacks, %4 trackbacks), %5 new sections and %6 new tags from %7.</source>
        <translation>Importé depuis %7&#xa0;: %1 articles, %2 commentaires (%3 pingbacks, %4 rétroliens), %5 nouvelles rubriques et %6 nouveaux mots-clés.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Already here from an earlier import: %1 posts, %2 comments.</source>
        <translation>Déjà présents depuis un import précédent&#xa0;: %1 articles, %2 commentaires.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skipped:</source>
        <translation>Ignorés&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed on the way in:</source>
        <translation>Modifié à l’import&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing the WordPress export…</source>
        <translation>Import de l&apos;export WordPress…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the newsroom as WordPress WXR</source>
        <translation>Exporter la rédaction en WXR WordPress</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wrote %1 posts, %2 comments and %3 categories to %4 (%5 KB).</source>
        <translation>%1 articles, %2 commentaires et %3 catégories écrits dans %4 (%5 Ko).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Commenters&apos; e-mail and IP addresses were left out (moderators only).</source>
        <translation>Les courriels et adresses IP des commentateurs ont été omis (réservés aux modérateurs).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting the newsroom as WXR…</source>
        <translation>Export de la rédaction en WXR…</translation>
    </message>
</context>
<context>
    <name>JournalReplay</name>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/journal/__init__.py" line="+60"/>
        <source>Saved text kept on this computer for %n story(ies).</source>
        <translation>
            <numerusform>Texte gardé sur cet ordinateur enregistré pour %n article.</numerusform>
            <numerusform>Texte gardé sur cet ordinateur enregistré pour %n articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n of them had changed meanwhile: your text is in their history.</source>
        <translation>
            <numerusform>%n d&apos;entre eux avait changé entre-temps&#xa0;: votre texte est dans son historique.</numerusform>
            <numerusform>%n d&apos;entre eux avaient changé entre-temps&#xa0;: votre texte est dans leur historique.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadTextsDialog</name>
    <message>
        <location filename="../../src/newsdesk/ui/media/lead_texts.py" line="+38"/>
        <source>Lead picture&apos;s texts for this story</source>
        <translation>Textes de l’image principale pour cet article</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2 × %3 pixels)</source>
        <translation>%1 (%2 × %3 pixels)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>These texts are this story&apos;s only. Leave one empty to use the picture&apos;s own.</source>
        <translation>Ces textes ne valent que pour cet article. Laissez un champ vide pour reprendre celui de l’image.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Caption:</source>
        <translation>&amp;Légende&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;redit:</source>
        <translation>C&amp;rédit&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Alt text:</source>
        <translation>Texte &amp;alternatif&#xa0;:</translation>
    </message>
</context>
<context>
    <name>LeadTextsEditor</name>
    <message>
        <location line="+39"/>
        <source>&amp;Lead picture&apos;s caption and credit…</source>
        <translation>&amp;Légende et crédit de l’image principale…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No lead picture</source>
        <translation>Pas d’image principale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This story has no lead picture yet: choose one in the Media panel and make it the story&apos;s lead picture.</source>
        <translation>Cet article n’a pas encore d’image principale&#xa0;: choisissez-en une dans le panneau Médias et faites-en l’image principale de l’article.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The lead picture&apos;s texts were not saved: %1</source>
        <translation>Les textes de l’image principale n’ont pas été enregistrés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <location filename="../../src/newsdesk/ui/live/updates.py" line="+113"/>
        <source>Live updates paused: reconnecting…</source>
        <translation>Mises à jour en direct suspendues&#xa0;: reconnexion…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes by others show again once the newsroom is back. %1</source>
        <translation>Les modifications des autres s&apos;afficheront de nouveau au retour de la rédaction. %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Updated with someone else&apos;s saved text</source>
        <translation>Mis à jour avec le texte enregistré par quelqu&apos;un d&apos;autre</translation>
    </message>
</context>
<context>
    <name>LockBar</name>
    <message>
        <location filename="../../src/newsdesk/ui/locks/bar.py" line="+46"/>
        <source>Take over</source>
        <translation>Prendre la main</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit the story yourself; the other person&apos;s last text is kept as a revision</source>
        <translation>Modifier l&apos;article vous-même&#xa0;; le dernier texte de l&apos;autre personne est gardé comme version</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/newsdesk/ui/actions.py" line="+65"/>
        <source>&amp;New story</source>
        <translation>&amp;Nouvel article</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>D&amp;uplicate story</source>
        <translation>&amp;Dupliquer l&apos;article</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save now</source>
        <translation>&amp;Enregistrer maintenant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stories save themselves; this saves at once</source>
        <translation>Les articles s&apos;enregistrent d&apos;eux-mêmes&#xa0;; ceci enregistre tout de suite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move to &amp;trash</source>
        <translation>Mettre à la &amp;corbeille</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Restore from trash</source>
        <translation>Res&amp;taurer depuis la corbeille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close story</source>
        <translation>&amp;Fermer l&apos;article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>Réta&amp;blir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>&amp;Chercher…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find &amp;and replace…</source>
        <translation>Chercher et &amp;remplacer…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connect to newsr&amp;oom…</source>
        <translation>Se connecter à une &amp;rédaction…</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Go to story &amp;list</source>
        <translation>Aller à la &amp;liste des articles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;editor</source>
        <translation>Aller à l&apos;&amp;éditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;preview</source>
        <translation>Aller à l&apos;a&amp;perçu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search &amp;stories</source>
        <translation>Chercher &amp;des articles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Newsdesk</source>
        <translation>À &amp;propos de Newsdesk</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="+112"/>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Comment queue</source>
        <translation>Commentaires en attente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Related links</source>
        <translation>À lire aussi</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Story</source>
        <translation>&amp;Article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Comments</source>
        <translation>&amp;Commentaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>Aff&amp;ichage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <location filename="../../src/newsdesk/ui/editor/markdown_editor.py" line="+76"/>
        <source>Write the story here, in Markdown.</source>
        <translation>Écrivez l&apos;article ici, en Markdown.</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Not pasted: the story would be %1 characters long, more than a story may hold (%2).</source>
        <translation>Non collé&#xa0;: l’article ferait %1 caractères, plus qu’un article ne peut en contenir (%2).</translation>
    </message>
</context>
<context>
    <name>MediaDesk</name>
    <message>
        <location filename="../../src/newsdesk/ui/media/desk.py" line="+74"/>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add pictures…</source>
        <translation>&amp;Ajouter des images…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Add pictures</source>
        <translation>Ajouter des images</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pictures (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Adding pictures…</source>
        <translation>Ajout des images…</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Added %n picture(s) to the library.</source>
        <translation>
            <numerusform>%n image ajoutée à la médiathèque.</numerusform>
            <numerusform>%n images ajoutées à la médiathèque.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was added: %1</source>
        <translation>Rien n’a été ajouté : %1</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Remove picture</source>
        <translation>Retirer l’image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from the media library?</source>
        <translation>Retirer %1 de la médiathèque ?</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <location filename="../../src/newsdesk/ui/media/panel.py" line="+144"/>
        <source>Search captions, credits, creators, file names</source>
        <translation>Chercher dans les légendes, crédits, auteurs, noms de fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search pictures</source>
        <translation>Chercher des images</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures</source>
        <translation>Images</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add pictures…</source>
        <translation>Ajouter des images…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put in the story</source>
        <translation>Mettre dans l’article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the story&apos;s lead picture</source>
        <translation>En faire l’image principale de l’article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the picture&apos;s texts…</source>
        <translation>Modifier les textes de l’image…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from the library</source>
        <translation>Retirer de la médiathèque</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Moderation</name>
    <message>
        <location filename="../../src/newsdesk/ui/moderation/__init__.py" line="+45"/>
        <source>&amp;Moderation view</source>
        <translation>Vue &amp;modération</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Switch between the stories and the moderation view (Ctrl+Shift+M)</source>
        <translation>Basculer entre les articles et la vue modération (Ctrl+Maj+M)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Go to the comment &amp;queue</source>
        <translation>Aller aux commentaires en &amp;attente</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo the last moderation</source>
        <translation>Annuler la dernière modération</translation>
    </message>
</context>
<context>
    <name>ModerationAction</name>
    <message>
        <location filename="../../src/newsdesk/ui/vocabulary.py" line="+14"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unapprove</source>
        <translation>Désapprouver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spam</source>
        <translation>Indésirable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not spam</source>
        <translation>Pas indésirable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete permanently</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
</context>
<context>
    <name>ModerationPage</name>
    <message>
        <location filename="../../ui/preferences_moderation_page.ui" line="+31"/>
        <source> links or more</source>
        <translation> liens ou plus</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+20"/>
        <source>One word or phrase a line</source>
        <translation>Un mot ou une expression par ligne</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Spam</source>
        <translation>Indésirable</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Approve comments from authors with an approved comment</source>
        <translation>Approuver les commentaires des auteurs déjà approuvés</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Learned filter and trust</source>
        <translation>Filtre appris et confiance</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A filter that learns from the moderators&apos; decisions (approved, spam) scores every comment from 0 to 1. Below the hold score the rules above decide.</source>
        <translation>Un filtre qui apprend des décisions des modérateurs (approuvé, indésirable) note chaque commentaire de 0 à 1. Sous le score de retenue, les règles ci-dessus décident.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Spam from score:</source>
        <translation>Indésirable à partir du score :</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Hold from score:</source>
        <translation>Retenir à partir du score :</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Trust commenters after:</source>
        <translation>Faire confiance aux auteurs après :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> approved comments</source>
        <translation> commentaires approuvés</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Commenters with this many approved comments and none in spam are approved without holding.</source>
        <translation>Les auteurs qui ont autant de commentaires approuvés et aucun indésirable sont approuvés sans attente.</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Hold comments with:</source>
        <translation>Retenir les commentaires avec&#xa0;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Hold comments containing:</source>
        <translation>Retenir les commentaires contenant&#xa0;:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Block comments containing:</source>
        <translation>Bloquer les commentaires contenant&#xa0;:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Blocked comments go to:</source>
        <translation>Les commentaires bloqués vont dans&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ModerationView</name>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/moderation/view.py" line="+124"/>
        <source>%n comment(s) from this commenter approved</source>
        <translation>
            <numerusform>%n commentaire de cet auteur approuvé</numerusform>
            <numerusform>%n commentaires de cet auteur approuvés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewsroomPage</name>
    <message>
        <location filename="../../src/newsdesk/ui/preferences/pages.py" line="-61"/>
        <location line="+21"/>
        <source>Reading the newsroom&apos;s settings…</source>
        <translation>Lecture des réglages de la rédaction…</translation>
    </message>
</context>
<context>
    <name>NinjsExportDialog</name>
    <message>
        <location filename="../../ui/ninjs_export_dialog.ui" line="+6"/>
        <source>Export IPTC ninjs</source>
        <translation>Exporter en IPTC ninjs</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Folder to write the ninjs documents into</source>
        <translation>Dossier où écrire les documents ninjs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a folder…</source>
        <translation>Choisissez un dossier…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ninjs version</source>
        <translation>Version de ninjs</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/interchange/ninjs_dialog.py" line="+46"/>
        <source>Only the open story, “%1”</source>
        <translation>Seulement l&apos;article ouvert, « %1 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the open story (none is open)</source>
        <translation>Seulement l&apos;article ouvert (aucun n&apos;est ouvert)</translation>
    </message>
    <message>
        <location filename="../../ui/ninjs_export_dialog.ui" line="-41"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Version:</source>
        <translation>&amp;Version&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/interchange/ninjs_dialog.py" line="-4"/>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Folder for the ninjs documents</source>
        <translation>Dossier des documents ninjs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the folder to write the documents into.</source>
        <translation>Choisissez le dossier où écrire les documents.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/note_dialog.ui" line="+27"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../src/newsdesk/ui/copydesk/notes_panel.py" line="+58"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note to the desk (select a passage first to pin the note to it)</source>
        <translation>Une note pour la rédaction (sélectionnez d&apos;abord un passage pour y attacher la note)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add note</source>
        <translation>Ajouter la &amp;note</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+110"/>
        <source>Reso&amp;lve</source>
        <translation>Réso&amp;udre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reo&amp;pen</source>
        <translation>R&amp;ouvrir</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>%1 open of %2</source>
        <translation>%1 ouverte(s) sur %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No notes yet</source>
        <translation>Pas encore de note</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>✓ Resolved by %1</source>
        <translation>✓ Résolue par %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Click to select the passage in the text</source>
        <translation>Cliquez pour sélectionner le passage dans le texte</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Note not saved: %1</source>
        <translation>Note non enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The passage this note is about is no longer in the text.</source>
        <translation>Le passage visé par cette note n&apos;est plus dans le texte.</translation>
    </message>
</context>
<context>
    <name>OfflineStatusLabel</name>
    <message>
        <location filename="../../src/newsdesk/ui/offline/status_label.py" line="+19"/>
        <source>Offline work</source>
        <translation>Travail hors ligne</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 change to sync</source>
        <translation>1 modification à synchroniser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changes to sync</source>
        <translation>%1 modifications à synchroniser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to merge</source>
        <translation>%1 à fusionner</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Offline — %1</source>
        <translation>Hors ligne — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline — all synced</source>
        <translation>Hors ligne — tout est synchronisé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 stories and %2 comments taken offline from %3.</source>
        <translation>%1 articles et %2 commentaires emportés hors ligne depuis %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last synced %1.</source>
        <translation>Dernière synchronisation %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The newsroom is out of reach; changes wait here.</source>
        <translation>La rédaction est injoignable&#xa0;; les modifications attendent ici.</translation>
    </message>
</context>
<context>
    <name>OfflineWork</name>
    <message>
        <location filename="../../src/newsdesk/ui/offline/controller.py" line="+145"/>
        <source>Take selected stories &amp;offline</source>
        <translation>Emporter les articles sélectionnés &amp;hors ligne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy the selected stories, with their history, to this computer</source>
        <translation>Copier les articles sélectionnés, avec leur historique, sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Take the pending &amp;comments offline</source>
        <translation>Emporter les &amp;commentaires en attente hors ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the pending comments</source>
        <translation>les commentaires en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate the comment queue without a connection</source>
        <translation>Modérer les commentaires en attente sans connexion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sync with the newsroom</source>
        <translation>&amp;Synchroniser avec la rédaction</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send the changes made offline and fetch the newsroom&apos;s</source>
        <translation>Envoyer les modifications faites hors ligne et récupérer celles de la rédaction</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync &amp;automatically when the newsroom is reachable</source>
        <translation>Synchroniser &amp;automatiquement quand la rédaction est joignable</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Resolve sync conflict…</source>
        <translation>&amp;Résoudre un conflit de synchronisation…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge a story changed here and in the newsroom in the same place</source>
        <translation>Fusionner un article modifié ici et à la rédaction au même endroit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Work offline</source>
        <translation>&amp;Travailler hors ligne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open this computer&apos;s newsroom, with the stories taken offline</source>
        <translation>Ouvrir la rédaction de cet ordinateur, avec les articles emportés hors ligne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back to the newsroom</source>
        <translation>&amp;Retour à la rédaction</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the newsroom server these stories were taken from</source>
        <translation>Ouvrir le serveur de rédaction d&apos;où viennent ces articles</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Offline</source>
        <translation>&amp;Hors ligne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take a saved &amp;view offline</source>
        <translation>Emporter une &amp;vue enregistrée hors ligne</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Select the stories to take offline first.</source>
        <translation>Sélectionnez d&apos;abord les articles à emporter hors ligne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Untitled story</source>
        <translation>Article sans titre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 stories</source>
        <translation>%1 articles</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connect to a newsroom server to take stories offline.</source>
        <translation>Connectez-vous à un serveur de rédaction pour emporter des articles hors ligne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Taking %1 offline…</source>
        <translation>%1 emporté(s) hors ligne…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Took %1 offline to this computer</source>
        <translation>%1 emporté hors ligne sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Took 1 story offline to this computer</source>
        <translation>1 article emporté hors ligne sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Took %1 stories offline to this computer</source>
        <translation>%1 articles emportés hors ligne sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 already there (a sync updates them)</source>
        <translation>%1 déjà présent(s) (une synchronisation les met à jour)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 comments to moderate</source>
        <translation>%1 commentaires à modérer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Taken offline</source>
        <translation>Emportés hors ligne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Work on them without a connection in this computer&apos;s newsroom (Offline ▸ Work offline); Sync sends your changes back.</source>
        <translation>Travaillez dessus sans connexion dans la rédaction de cet ordinateur (Hors ligne ▸ Travailler hors ligne)&#xa0;; la synchronisation renvoie vos modifications.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Work offline now</source>
        <translation>&amp;Travailler hors ligne maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stay connected</source>
        <translation>&amp;Rester connecté</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A sync is already running.</source>
        <translation>Une synchronisation est déjà en cours.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Syncing this computer&apos;s newsroom…</source>
        <translation>Synchronisation de la rédaction de cet ordinateur…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing here was taken offline: there is no newsroom to sync with.</source>
        <translation>Rien n&apos;a été emporté hors ligne ici&#xa0;: il n&apos;y a pas de rédaction avec qui synchroniser.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Syncing with %1…</source>
        <translation>Synchronisation avec %1…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Sync by itself failed: %1</source>
        <translation>La synchronisation automatique a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stories that need merging are marked; merge them in this computer&apos;s newsroom (Offline ▸ Work offline).</source>
        <translation>Les articles à fusionner sont marqués&#xa0;; fusionnez-les dans la rédaction de cet ordinateur (Hors ligne ▸ Travailler hors ligne).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Merge in this computer&apos;s newsroom</source>
        <translation>Fusionner dans la rédaction de cet ordinateur</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No story needs merging.</source>
        <translation>Aucun article à fusionner.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Both versions stay in the history; Offline ▸ Resolve sync conflict… when you are ready.</source>
        <translation>Les deux versions restent dans l&apos;historique&#xa0;; Hors ligne ▸ Résoudre un conflit de synchronisation… quand vous serez prêt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Merged. The next sync sends it to the newsroom.</source>
        <translation>Fusionné. La prochaine synchronisation l&apos;envoie à la rédaction.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 more to merge.</source>
        <translation>Encore %1 à fusionner.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Newsroom password</source>
        <translation>Mot de passe de la rédaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password for %1:</source>
        <translation>Mot de passe pour %1&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wait for the running offline work to finish.</source>
        <translation>Attendez la fin du travail hors ligne en cours.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Offline work</source>
        <translation>Travail hors ligne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopped. What was done is kept; the next sync finishes the job.</source>
        <translation>Arrêté. Ce qui a été fait est gardé&#xa0;; la prochaine synchronisation termine le travail.</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <location filename="../../ui/people_dialog.ui" line="+36"/>
        <location line="+20"/>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+32"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+57"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People and their roles</source>
        <translation>Les personnes et leurs rôles</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Add person</source>
        <translation>Ajouter la personne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save roles</source>
        <translation>Enregistrer les rôles</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/admin/people_dialog.py" line="+64"/>
        <source>Nobody has a login of their own here yet: add the first person below.</source>
        <translation>Personne n&apos;a encore d&apos;identifiant à son nom ici&#xa0;: ajoutez la première personne ci-dessous.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Adding…</source>
        <translation>Ajout…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saving roles…</source>
        <translation>Enregistrement des rôles…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no role</source>
        <translation>aucun rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
</context>
<context>
    <name>PictureTextsDialog</name>
    <message>
        <location filename="../../src/newsdesk/ui/media/texts_dialog.py" line="+22"/>
        <source>%1 (%2 × %3 pixels)</source>
        <translation>%1 (%2 × %3 pixels)</translation>
    </message>
    <message>
        <location filename="../../ui/picture_texts_dialog.ui" line="+14"/>
        <source>Picture texts</source>
        <translation>Textes de l’image</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ca&amp;ption:</source>
        <translation>&amp;Légende :</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Alt text:</source>
        <translation>Texte &amp;alternatif :</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>C&amp;redit:</source>
        <translation>C&amp;rédit :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cr&amp;eator:</source>
        <translation>Au&amp;teur :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cop&amp;yright:</source>
        <translation>&amp;Droits d’auteur :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Usage terms:</source>
        <translation>Conditions d’&amp;utilisation :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Keywords:</source>
        <translation>&amp;Mots-clés :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>comma-separated</source>
        <translation>séparés par des virgules</translation>
    </message>
</context>
<context>
    <name>PlanItemDialog</name>
    <message>
        <location filename="../../src/newsdesk/ui/planning/item_dialog.py" line="+68"/>
        <source>(no section)</source>
        <translation>(sans rubrique)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(nobody yet)</source>
        <translation>(personne pour l&apos;instant)</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Higher comes first among items due at the same time</source>
        <translation>La plus haute passe en premier parmi les sujets attendus à la même heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change plan item</source>
        <translation>Modifier le sujet prévu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a writer</source>
        <translation>Ajouter un rédacteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On it</source>
        <translation>Y travaillent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People on the item: untick to take off</source>
        <translation>Personnes sur le sujet : décocher pour retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untick someone to take them off the item</source>
        <translation>Décochez une personne pour la retirer du sujet</translation>
    </message>
    <message>
        <location filename="../../ui/plan_item_dialog.ui" line="+14"/>
        <source>New plan item</source>
        <translation>Nouveau sujet prévu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Slug</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>Slug or working headline</source>
        <translation>Sujet ou titre provisoire</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>Section</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>Pitch</source>
        <translation>Angle</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+10"/>
        <source>Planned words</source>
        <translation>Mots prévus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not set</source>
        <translation>non fixé</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Due at</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Due time</source>
        <translation>Heure de remise</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+10"/>
        <source>Writer</source>
        <translation>Rédacteur</translation>
    </message>
</context>
<context>
    <name>PlanStatus</name>
    <message>
        <location filename="../../src/newsdesk/ui/planning/budget_model.py" line="-160"/>
        <source>idea</source>
        <translation>idée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assigned</source>
        <translation>affecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>filed</source>
        <translation>remis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>published</source>
        <translation>publié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spiked</source>
        <translation>abandonné</translation>
    </message>
</context>
<context>
    <name>Planning</name>
    <message>
        <location filename="../../src/newsdesk/ui/planning/page.py" line="+29"/>
        <source>&amp;Budget</source>
        <translation>Pré&amp;visions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Switch between the stories and the day&apos;s budget (Ctrl+Shift+B)</source>
        <translation>Passer des articles aux prévisions du jour et inversement (Ctrl+Maj+B)</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../src/newsdesk/ui/preferences/__init__.py" line="+32"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preferences (%1)</source>
        <translation>Préférences (%1)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/preferences/newsroom_rules.py" line="+82"/>
        <source>Word list: %1.</source>
        <translation>Lexique&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Style list, line %1: %2.</source>
        <translation>Charte de style, ligne %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The style list has “%1” twice.</source>
        <translation>La charte de style contient « %1 » deux fois.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The sentence length limit must be at least 1.</source>
        <translation>La limite de longueur des phrases doit valoir au moins 1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The headline length limit must be at least 1.</source>
        <translation>La limite de longueur des titres doit valoir au moins 1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The standfirst length limit must be at least 1.</source>
        <translation>La limite de longueur des chapôs doit valoir au moins 1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hold comments with at least one link.</source>
        <translation>Retenez les commentaires à partir d&apos;un lien au moins.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The learned filter holds comments at a lower score than it spams them.</source>
        <translation>Le filtre appris retient les commentaires à un score plus bas que celui où il les classe indésirables.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/preferences/settings.py" line="+96"/>
        <source>The autosave delay must be between %1 and %2 seconds (not %3).</source>
        <translation>Le délai d&apos;enregistrement automatique doit être compris entre %1 et %2 secondes (pas %3).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The preview font size must be between %1 and %2 px (not %3).</source>
        <translation>La taille du texte de l&apos;aperçu doit être comprise entre %1 et %2 px (pas %3).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no spelling dictionary for %1; choose one of %2.</source>
        <translation>Il n&apos;y a pas de dictionnaire pour %1&#xa0;; choisissez parmi %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown theme %1.</source>
        <translation>Thème inconnu %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Newsdesk cannot be shown in %1; choose one of %2.</source>
        <translation>Newsdesk ne peut pas s&apos;afficher en %1&#xa0;; choisissez parmi %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>At most %1 agency folders can be watched (not %2).</source>
        <translation>On peut surveiller au plus %1 dossiers d’agences (pas %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An agency&apos;s name is plain text of at most %1 characters: %2</source>
        <translation>Le nom d’une agence est du texte simple d’au plus %1 caractères : %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An agency folder must be a full path, from the root: %1</source>
        <translation>Un dossier d’agence doit être un chemin complet, depuis la racine&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The preview font size must be a whole number of pixels between %1 and %2 (not %3).</source>
        <translation>La taille du texte de l&apos;aperçu doit être un nombre entier de pixels entre %1 et %2 (pas %3).</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="+14"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preferences pages</source>
        <translation>Pages des préférences</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Writing</source>
        <translation>É&amp;criture</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Co&amp;py desk</source>
        <translation>&amp;Secrétariat de rédaction</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Moderation</source>
        <translation>&amp;Modération</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/preferences/dialog.py" line="+128"/>
        <source>no role</source>
        <translation>aucun rôle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read only: only copy editors, publishers and administrators may change the newsroom&apos;s word list, style list and limits (%1 is: %2).</source>
        <translation>Lecture seule&#xa0;: seuls les secrétaires de rédaction, les responsables de publication et les administrateurs peuvent changer le lexique, la charte de style et les limites de la rédaction (%1 est&#xa0;: %2).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Read only: only moderators and administrators may change the comment intake rules (%1 is: %2).</source>
        <translation>Lecture seule&#xa0;: seuls les modérateurs et les administrateurs peuvent changer les règles d&apos;accueil des commentaires (%1 est&#xa0;: %2).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The newsroom&apos;s settings could not be read: %1</source>
        <translation>Les réglages de la rédaction n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Newsdesk now shows in %1.</source>
        <translation>Newsdesk s&apos;affiche maintenant en %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saving the newsroom&apos;s settings…</source>
        <translation>Enregistrement des réglages de la rédaction…</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+6"/>
        <source>The newsroom&apos;s settings are saved.</source>
        <translation>Les réglages de la rédaction sont enregistrés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The newsroom&apos;s settings were not saved: %1</source>
        <translation>Les réglages de la rédaction n&apos;ont pas été enregistrés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PreviewDiscussion</name>
    <message>
        <location filename="../../src/newsdesk/ui/discussion/__init__.py" line="+32"/>
        <source>&amp;Reply form in the preview</source>
        <translation>&amp;Formulaire de réponse dans l&apos;aperçu</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <location filename="../../src/newsdesk/ui/preview/view.py" line="-321"/>
        <source>EMBARGOED until %1: not to be published before this time</source>
        <translation>SOUS EMBARGO jusqu&apos;au %1 : ne pas publier avant cette heure</translation>
    </message>
</context>
<context>
    <name>ProgressJob</name>
    <message>
        <location filename="../../src/newsdesk/ui/progress_job.py" line="+51"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
</context>
<context>
    <name>QueueKeys</name>
    <message>
        <location filename="../../src/newsdesk/ui/panels/comments/keys.py" line="+49"/>
        <source>Next comment</source>
        <translation>Commentaire suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous comment</source>
        <translation>Commentaire précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unapprove</source>
        <translation>Désapprouver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as spam</source>
        <translation>Marquer comme indésirable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not spam</source>
        <translation>Pas indésirable</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Move to the trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete permanently</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply as the newsroom</source>
        <translation>Répondre au nom de la rédaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the comment</source>
        <translation>Modifier le commentaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last moderation</source>
        <translation>Annuler la dernière modération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick or untick the comment</source>
        <translation>Cocher ou décocher le commentaire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approve the ticked comments</source>
        <translation>Approuver les commentaires cochés</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mark the ticked comments as spam</source>
        <translation>Marquer les commentaires cochés comme indésirables</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move the ticked comments to the trash</source>
        <translation>Mettre les commentaires cochés à la corbeille</translation>
    </message>
</context>
<context>
    <name>RelatedLinksPanel</name>
    <message>
        <location filename="../../src/newsdesk/ui/panels/related_links/panel.py" line="+56"/>
        <source>Check Also links</source>
        <translation>Liens « À lire aussi »</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+94"/>
        <source>No “Check Also” links yet.</source>
        <translation>Pas encore de lien « À lire aussi ».</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Link a story…</source>
        <translation>Lier un article…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link a web page…</source>
        <translation>Lier une page web…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove link</source>
        <translation>Retirer le lien</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>No story open.</source>
        <translation>Aucun article ouvert.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>An external link needs a title</source>
        <translation>Un lien externe a besoin d&apos;un titre</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../src/newsdesk/ui/vocabulary.py" line="+31"/>
        <source>desk editor</source>
        <translation>rédacteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy editor</source>
        <translation>secrétaire de rédaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>publisher</source>
        <translation>responsable de publication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planner</source>
        <translation>planificateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moderator</source>
        <translation>modérateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
</context>
<context>
    <name>SavedView</name>
    <message>
        <location line="-18"/>
        <source>My drafts</source>
        <translation>Mes brouillons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy desk queue</source>
        <translation>À relire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In editing</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready</source>
        <translation>Prêts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published today</source>
        <translation>Publiés aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Killed</source>
        <translation>Retirés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My assignments</source>
        <translation>Mes affectations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wires</source>
        <translation>Dépêches</translation>
    </message>
</context>
<context>
    <name>SavedViewSelector</name>
    <message>
        <location filename="../../src/newsdesk/ui/articles/saved_views.py" line="+20"/>
        <source>Saved view</source>
        <translation>Vue enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved views of the story list</source>
        <translation>Vues enregistrées de la liste des articles</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+22"/>
        <source>All stories</source>
        <translation>Tous les articles</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../ui/schedule_dialog.ui" line="+6"/>
        <source>Schedule publication</source>
        <translation>Programmer la publication</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Publish the story at:</source>
        <translation>Publier l&apos;article le&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SectionTreeWidget</name>
    <message>
        <location filename="../../src/newsdesk/ui/panels/sections/tree_widget.py" line="+23"/>
        <source>Section</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stories</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
</context>
<context>
    <name>SectionsPanel</name>
    <message>
        <location filename="../../src/newsdesk/ui/panels/sections/panel.py" line="+32"/>
        <location line="+59"/>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>New section…</source>
        <translation>Nouvelle rubrique…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+83"/>
        <source>Delete section</source>
        <translation>Supprimer la rubrique</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>New section</source>
        <translation>Nouvelle rubrique</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename section</source>
        <translation>Renommer la rubrique</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>“%1” still holds %n story(ies), the trash included: move them to another section first.</source>
        <translation>
            <numerusform>« %1 » contient encore %n article, corbeille comprise&#xa0;: déplacez-le d&apos;abord dans une autre rubrique.</numerusform>
            <numerusform>« %1 » contient encore %n articles, corbeille comprise&#xa0;: déplacez-les d&apos;abord dans une autre rubrique.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete the section “%s”? Its subsections move up a level.</source>
        <translation>Supprimer la rubrique « %s »&#xa0;? Ses sous-rubriques remontent d&apos;un niveau.</translation>
    </message>
</context>
<context>
    <name>Separator</name>
    <message>
        <location filename="../../src/newsdesk/ui/locale_format.py" line="+66"/>
        <source> · </source>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/shortcuts_dialog.ui" line="+14"/>
        <location line="+19"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Type to filter: a command or a key…</source>
        <translation>Tapez pour filtrer&#xa0;: une commande ou une touche…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Filter the shortcuts</source>
        <translation>Filtrer les raccourcis</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No shortcut matches.</source>
        <translation>Aucun raccourci ne correspond.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tab moves within an area, F6 and Shift+F6 go to the next or previous area. The comment queue&apos;s letters act only while its list has the focus.</source>
        <translation>Tab se déplace dans une zone, F6 et Maj+F6 passent à la zone suivante ou précédente. Les lettres des commentaires en attente n&apos;agissent que lorsque leur liste a le focus.</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <location filename="../../src/newsdesk/ui/shortcuts/__init__.py" line="+32"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ne&amp;xt area</source>
        <translation>Zone &amp;suivante</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pre&amp;vious area</source>
        <translation>Zone pré&amp;cédente</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/shortcuts/catalogue.py" line="+71"/>
        <source>Comment queue (keys of its list)</source>
        <translation>Commentaires en attente (touches de la liste)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find bar</source>
        <translation>Barre de recherche</translation>
    </message>
</context>
<context>
    <name>SiteExportDialog</name>
    <message>
        <location filename="../../ui/site_export_dialog.ui" line="+6"/>
        <source>Export static site</source>
        <translation>Exporter le site statique</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Folder to write the site into</source>
        <translation>Dossier où écrire le site</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a folder…</source>
        <translation>Choisissez un dossier…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Site name</source>
        <translation>Nom du site</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Se&amp;rved from:</source>
        <translation>&amp;Servi depuis&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Address the site is served from</source>
        <translation>Adresse d&apos;où le site est servi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Co&amp;mments post to:</source>
        <translation>Les &amp;commentaires envoient à&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Address the comment form posts to</source>
        <translation>Adresse où le formulaire de commentaire envoie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>https://example.org/comments (optional)</source>
        <translation>https://example.org/comments (facultatif)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rewrite every file, changed or not</source>
        <translation>Réécrire tous les fichiers, modifiés ou non</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Site &amp;name:</source>
        <translation>&amp;Nom du site&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/interchange/site_dialog.py" line="+48"/>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder for the static site</source>
        <translation>Dossier du site statique</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the folder to write the site into.</source>
        <translation>Choisissez le dossier où écrire le site.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site&apos;s address must start with http:// or https://.</source>
        <translation>L&apos;adresse du site doit commencer par http:// ou https://.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The comment form must post to an http(s) address or a path.</source>
        <translation>Le formulaire de commentaire doit envoyer à une adresse http(s) ou à un chemin.</translation>
    </message>
</context>
<context>
    <name>StateTabs</name>
    <message>
        <location filename="../../src/newsdesk/ui/panels/comments/filters.py" line="-85"/>
        <source>Comment states</source>
        <translation>États des commentaires</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
</context>
<context>
    <name>StoryPickerDialog</name>
    <message>
        <location filename="../../ui/story_picker_dialog.ui" line="+14"/>
        <source>Link a story</source>
        <translation>Lier un article</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Words from the headline or text…</source>
        <translation>Mots du titre ou du texte…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Search stories to link</source>
        <translation>Chercher des articles à lier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Matching stories</source>
        <translation>Articles correspondants</translation>
    </message>
</context>
<context>
    <name>SyncReport</name>
    <message>
        <location filename="../../src/newsdesk/ui/offline/report_dialog.py" line="+24"/>
        <source>Synced: nothing to do, both sides agree.</source>
        <translation>Synchronisé : rien à faire, les deux côtés concordent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent</source>
        <translation>%1 envoyés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 received</source>
        <translation>%1 reçus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 merged</source>
        <translation>%1 fusionnés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 new in the newsroom</source>
        <translation>%1 nouveaux à la rédaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 deleted</source>
        <translation>%1 supprimés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 comment decisions</source>
        <translation>%1 décisions de modération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 need merging</source>
        <translation>%1 à fusionner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 refused</source>
        <translation>%1 refusés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 plan items sent</source>
        <translation>%1 éléments du planning envoyés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 plan items received</source>
        <translation>%1 éléments du planning reçus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Synced: %1.</source>
        <translation>Synchronisé : %1.</translation>
    </message>
</context>
<context>
    <name>SyncReportDialog</name>
    <message>
        <location filename="../../ui/sync_report_dialog.ui" line="+14"/>
        <source>Sync with the newsroom</source>
        <translation>Synchronisation avec la rédaction</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What the sync changed</source>
        <translation>Ce que la synchronisation a changé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/offline/report_dialog.py" line="+46"/>
        <source>&amp;Resolve now…</source>
        <translation>&amp;Résoudre maintenant…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Need merging: both sides changed the same place</source>
        <translation>À fusionner&#xa0;: les deux côtés ont changé le même endroit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Both versions are kept; double-click to merge</source>
        <translation>Les deux versions sont gardées&#xa0;; double-cliquez pour fusionner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Web addresses changed (the slug was taken)</source>
        <translation>Adresses web changées (le slug était pris)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is now %2</source>
        <translation>%1 est maintenant %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your moderation decisions that lost (already moderated)</source>
        <translation>Vos décisions de modération écartées (déjà modérées)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>someone in the newsroom</source>
        <translation>quelqu&apos;un à la rédaction</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>you: %1 · newsroom: %2 (by %3)</source>
        <translation>vous&#xa0;: %1 · rédaction&#xa0;: %2 (par %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refused by the newsroom</source>
        <translation>Refusé par la rédaction</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>wanted %1, kept %2: %3</source>
        <translation>voulu %1, gardé %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kept rather than lost</source>
        <translation>Gardé plutôt que perdu</translation>
    </message>
</context>
<context>
    <name>TrashActions</name>
    <message>
        <location filename="../../src/newsdesk/ui/articles/trash_actions.py" line="+43"/>
        <source>Select a story to move to the trash.</source>
        <translation>Sélectionnez un article à mettre à la corbeille.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Moved %1 to the trash.</source>
        <translation>Mis à la corbeille&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trashed stories are in the Trash view.</source>
        <translation>Les articles mis à la corbeille sont dans la vue Corbeille.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Trashed stories are in the Trash view: choose Trash in the status filter, select them, then Restore (Ctrl+Shift+R).</source>
        <translation>Les articles mis à la corbeille sont dans la vue Corbeille&#xa0;: choisissez Corbeille dans le filtre d&apos;état, sélectionnez-les, puis Restaurer depuis la corbeille (Ctrl+Maj+R).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select the stories to restore.</source>
        <translation>Sélectionnez les articles à restaurer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restored %1.</source>
        <translation>Remis en place&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Untitled story</source>
        <translation>Article sans titre</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n story(ies)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserPickerDialog</name>
    <message>
        <location filename="../../ui/user_picker_dialog.ui" line="+14"/>
        <source>Switch user</source>
        <translation>Changer d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Work as another member of the desk on this local database (a shared database signs you in instead).</source>
        <translation>Travailler comme un autre membre de la rédaction sur cette base locale (une base partagée vous identifie à la place).</translation>
    </message>
</context>
<context>
    <name>UserSwitcher</name>
    <message>
        <location filename="../../src/newsdesk/ui/copydesk/user_switcher.py" line="+32"/>
        <source>no role</source>
        <translation>aucun rôle</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>S&amp;witch user…</source>
        <translation>Changer d&apos;&amp;utilisateur…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work as another member of the desk</source>
        <translation>Travailler comme un autre membre de la rédaction</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A shared database signs you in; no switching</source>
        <translation>Une base partagée vous identifie&#xa0;; pas de changement possible</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who you are working as</source>
        <translation>Sous quel nom vous travaillez</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>You are now working as %1.</source>
        <translation>Vous travaillez maintenant en tant que %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>WebLinkDialog</name>
    <message>
        <location filename="../../ui/web_link_dialog.ui" line="+14"/>
        <source>Link a web page</source>
        <translation>Lier une page web</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Résumé&#xa0;:</translation>
    </message>
</context>
<context>
    <name>WireTableModel</name>
    <message>
        <location filename="../../src/newsdesk/ui/wires/model.py" line="+48"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slugline</source>
        <translation>Mot-clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corrected</source>
        <translation>Corrigée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withheld</source>
        <translation>Suspendue</translation>
    </message>
</context>
<context>
    <name>Wires</name>
    <message>
        <location filename="../../src/newsdesk/ui/wires/__init__.py" line="+60"/>
        <source>&amp;Wires view</source>
        <translation>Vue des &amp;dépêches</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Switch between the stories and the agency wires (Ctrl+Shift+W)</source>
        <translation>Passer des articles aux dépêches d’agence et inversement (Ctrl+Maj+W)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare with the &amp;wire</source>
        <translation>Comparer avec la &amp;dépêche</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>A draft of “%1”, crediting %2: Ctrl+Alt+W compares it with the wire</source>
        <translation>Un brouillon de « %1 », crédité à %2 : Ctrl+Alt+W le compare avec la dépêche</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+81"/>
        <source>the agency</source>
        <translation>l’agence</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Open a story rewritten from the wire to compare it</source>
        <translation>Ouvrez un article réécrit d’une dépêche pour le comparer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” was not rewritten from a wire item</source>
        <translation>« %1 » n’a pas été réécrit d’une dépêche</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>%1 version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the %1 wire</source>
        <translation>la dépêche %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your story</source>
        <translation>votre article</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 withdrew the item this story was written from</source>
        <translation>%1 a retiré la dépêche dont cet article est tiré</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 withdrew the item “%2” was written from</source>
        <translation>%1 a retiré la dépêche dont « %2 » est tiré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 story you rewrote was corrected (“%2”): compare</source>
        <translation>La dépêche %1 que vous avez réécrite a été corrigée (« %2 ») : comparez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 story you rewrote was updated (“%2”): compare</source>
        <translation>La dépêche %1 que vous avez réécrite a été mise à jour (« %2 ») : comparez</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 wire item(s) came in from the agency folders</source>
        <translation>%1 dépêche(s) reçue(s) des dossiers des agences</translation>
    </message>
</context>
<context>
    <name>WiresView</name>
    <message>
        <location filename="../../src/newsdesk/ui/wires/view.py" line="+88"/>
        <source>&amp;Agency:</source>
        <translation>&amp;Agence :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rewrite</source>
        <translation>&amp;Réécrire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A draft of this item, crediting the agency and linked to the item</source>
        <translation>Un brouillon de cette dépêche, crédité à l’agence et lié à la dépêche</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+43"/>
        <source>All agencies</source>
        <translation>Toutes les agences</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>No agency copy yet. Name the folders where agencies drop their ninjs or NewsML-G2 files in Preferences ▸ General ▸ Agency folders, or take files in with “newsdesk import ninjs FILE” or “newsdesk import newsml FILE”.</source>
        <translation>Pas encore de dépêches. Indiquez les dossiers où les agences déposent leurs fichiers ninjs ou NewsML-G2 dans Préférences ▸ Général ▸ Dossiers des agences, ou faites-les entrer avec «&#xa0;newsdesk import ninjs FICHIER&#xa0;» ou «&#xa0;newsdesk import newsml FICHIER&#xa0;».</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Version %1, the only one</source>
        <translation>Version %1, la seule</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Versions received, newest first: %1</source>
        <translation>Versions reçues, la plus récente d’abord : %1</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <location filename="../../src/newsdesk/ui/workbench.py" line="+303"/>
        <source>New story</source>
        <translation>Nouvel article</translation>
    </message>
</context>
<context>
    <name>WorkflowActions</name>
    <message>
        <location filename="../../src/newsdesk/ui/copydesk/workflow_actions.py" line="+28"/>
        <source>&amp;Submit to the copy desk</source>
        <translation>&amp;Soumettre au secrétariat de rédaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit</source>
        <translation>Soumettre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Take for editing</source>
        <translation>&amp;Prendre en relecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take</source>
        <translation>Prendre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send &amp;back to the writer…</source>
        <translation>&amp;Renvoyer au rédacteur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send back</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pass as &amp;ready</source>
        <translation>&amp;Valider comme prêt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass as ready</source>
        <translation>Valider</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Publish</source>
        <translation>P&amp;ublier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sc&amp;hedule publication…</source>
        <translation>Pro&amp;grammer la publication…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation>Programmer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kill the story…</source>
        <translation>Re&amp;tirer l&apos;article…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kill</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publish a corr&amp;ection…</source>
        <translation>Publier un rectificati&amp;f…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct</source>
        <translation>Rectifier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;vive as a draft</source>
        <translation>Remettre en &amp;brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revive</source>
        <translation>Remettre en brouillon</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a draft</source>
        <translation>un brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submitted</source>
        <translation>soumis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in editing</source>
        <translation>en relecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>published</source>
        <translation>publié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent back</source>
        <translation>renvoyé au rédacteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>killed</source>
        <translation>retiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>corrected</source>
        <translation>rectifié</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Workflow</source>
        <translation>Circuit de validation</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Send back to the writer</source>
        <translation>Renvoyer au rédacteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell the writer what to change (they see this note):</source>
        <translation>Dites au rédacteur ce qu&apos;il faut changer (il verra cette note)&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Publish a correction</source>
        <translation>Publier un rectificatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The correction note, shown on the published page:</source>
        <translation>La note de rectification, affichée sur la page publiée&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kill the story</source>
        <translation>Retirer l&apos;article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kill “%1”? It leaves every queue (a publisher can revive it).</source>
        <translation>Retirer « %1 »&#xa0;? Il quitte toutes les files (un responsable de publication peut le remettre en brouillon).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>New story</source>
        <translation>Nouvel article</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: done. “%3” is now %2.</source>
        <translation>%1&#xa0;: fait. « %3 » est maintenant %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: not done</source>
        <translation>%1&#xa0;: non fait</translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <location filename="../../src/newsdesk/ui/workspaces/controller.py" line="+58"/>
        <source>&amp;Write</source>
        <translation>&amp;Rédaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy desk</source>
        <translation>&amp;Secrétariat de rédaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Moderation</source>
        <translation>&amp;Modération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wi&amp;res</source>
        <translation>&amp;Dépêches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Budget</source>
        <translation>Pré&amp;visions</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>&amp;Focus mode</source>
        <translation>Mode &amp;concentration</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leave focus mode</source>
        <translation>Quitter le mode concentration</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wor&amp;kspace</source>
        <translation>Espace de &amp;travail</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workspaces</source>
        <translation>Espaces de travail</translation>
    </message>
</context>
<context>
    <name>WritingPage</name>
    <message>
        <location filename="../../ui/preferences_writing_page.ui" line="+22"/>
        <source>Each story&apos;s own language</source>
        <translation>La langue de chaque article</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Newsroom word list</source>
        <translation>Lexique de la rédaction</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A word the spell check should accept</source>
        <translation>Un mot que le correcteur doit accepter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A&amp;dd</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>New word for the word list</source>
        <translation>Nouveau mot pour le lexique</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Check &amp;spelling in:</source>
        <translation>&amp;Vérifier l&apos;orthographe en&#xa0;:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Newsroom word list (accepted in every story)</source>
        <translation>Lexique de la rédaction (accepté dans tous les articles)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/preferences/pages.py" line="+96"/>
        <source>Word list: %1.</source>
        <translation>Lexique&#xa0;: %1.</translation>
    </message>
</context>
</TS>
