<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.ui" line="+12"/>
        <source>About Newsdesk</source>
        <translation>درباره‌ی نیوزدسک</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/about.py" line="+83"/>
        <source>The desktop newsroom editor.</source>
        <translation>ویرایشگر رومیزی تحریریه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy &amp;details</source>
        <translation>&amp;رونوشت جزئیات</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="+18"/>
        <source>Version</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Database</source>
        <translation>پایگاه داده</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Database server</source>
        <translation>کارساز پایگاه داده</translation>
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
        <translation>پایتون</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/about.py" line="+8"/>
        <source>unavailable: %1</source>
        <translation>در دسترس نیست: %1</translation>
    </message>
</context>
<context>
    <name>Action</name>
    <message>
        <location filename="../../src/newsdesk/ui/vocabulary.py" line="+37"/>
        <source>Submit to the copy desk</source>
        <translation>ارسال به دبیری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take for editing</source>
        <translation>برداشتن برای ویرایش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send back to the writer</source>
        <translation>بازگرداندن به نویسنده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass as ready</source>
        <translation>آماده است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish</source>
        <translation>انتشار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule publication</source>
        <translation>زمان‌بندی انتشار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kill the story</source>
        <translation>کنار گذاشتن مطلب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish a correction</source>
        <translation>انتشار اصلاحیه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revive as a draft</source>
        <translation>بازگرداندن به پیش‌نویس</translation>
    </message>
</context>
<context>
    <name>Administration</name>
    <message>
        <location filename="../../src/newsdesk/ui/admin/__init__.py" line="+23"/>
        <source>&amp;People and roles…</source>
        <translation>&amp;افراد و نقش‌ها…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>People and roles need a newsroom server (PostgreSQL)</source>
        <translation>افراد و نقش‌ها به کارساز تحریریه (PostgreSQL) نیاز دارند</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an admin manages people and roles</source>
        <translation>فقط مدیر، افراد و نقش‌ها را مدیریت می‌کند</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add people&apos;s logins and choose their roles</source>
        <translation>افزودن نام کاربری افراد و انتخاب نقش آن‌ها</translation>
    </message>
</context>
<context>
    <name>ArticleEditorPanel</name>
    <message>
        <location filename="../../src/newsdesk/ui/article_editor/panel.py" line="+63"/>
        <location line="+1"/>
        <source>Headline</source>
        <translation>تیتر</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Standfirst: the summary under the headline</source>
        <translation>لید: خلاصه‌ی زیر تیتر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standfirst</source>
        <translation>لید</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+35"/>
        <source>Dateline</source>
        <translation>محل تنظیم</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>e.g. MOSCOW</source>
        <translation>مثلاً مسکو</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Byline</source>
        <translation>نام نویسنده</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Writer</source>
        <translation>نویسنده</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Credit</source>
        <translation>منبع</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>e.g. News Desk</source>
        <translation>مثلاً سرویس خبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>comma, separated</source>
        <translation>جدا، با ویرگول</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+33"/>
        <source>Section</source>
        <translation>بخش</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+6"/>
        <location line="+27"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+1"/>
        <source>Comments open</source>
        <translation>نظرها باز است</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Readers may comment on the published story; when closed, its page says so</source>
        <translation>خوانندگان می‌توانند دربارهٔ مطلب منتشرشده نظر بدهند؛ اگر بسته باشد، صفحهٔ آن این را می‌گوید</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Story text (Markdown)</source>
        <translation>متن مطلب (مارک‌داون)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick a story from the list, or press Ctrl+N.</source>
        <translation>مطلبی را از فهرست برگزینید، یا Ctrl+N را بزنید.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the story&apos;s details</source>
        <translation>نمایش جزئیات مطلب</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>comments closed</source>
        <translation>نظرها بسته</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>EMBARGOED until %1</source>
        <translation>ممنوع‌الانتشار تا %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>(no section)</source>
        <translation>(بدون بخش)</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <location filename="../../src/newsdesk/ui/articles/list_model.py" line="+27"/>
        <source>Headline</source>
        <translation>تیتر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>بخش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Byline</source>
        <translation>نام نویسنده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>به‌روزرسانی</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>(no headline)</source>
        <translation>(بدون تیتر)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Embargoed until %1</source>
        <translation>ممنوع‌الانتشار تا %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs merge</source>
        <translation>نیاز به ادغام</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline</source>
        <translation>آفلاین</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wire withdrawn</source>
        <translation>خبر پس‌گرفته</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wire updated</source>
        <translation>خبر به‌روز شد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 note</source>
        <translation>۱ یادداشت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 notes</source>
        <translation>%1 یادداشت</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 v%2</source>
        <translation>%1 نسخهٔ %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>U%1</source>
        <translation>فوریت %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Embargoed: not to be published before %1</source>
        <translation>ممنوع‌الانتشار: پیش از %1 منتشر نشود</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changed here and in the newsroom in the same place: needs merging</source>
        <translation>در یک جا هم این‌جا و هم در تحریریه تغییر کرده است: نیاز به ادغام دارد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A copy is taken offline on this computer</source>
        <translation>رونوشتی از آن روی این رایانه آفلاین برده شده است</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agency withdrew the wire item this story was written from</source>
        <translation>خبرگزاری خبری را که این خبر از آن نوشته شده پس گرفت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agency sent a newer version of the item this story was written from</source>
        <translation>خبرگزاری نسخهٔ تازه‌تری از خبری که این مطلب از آن نوشته شده فرستاده است</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written from the %1 wire: version %2</source>
        <translation>نوشته‌شده از خبر %1: نسخهٔ %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, urgency %1</source>
        <translation>، فوریت %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Being edited by %1</source>
        <translation>در حال ویرایش توسط %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 open note</source>
        <translation>۱ یادداشت باز</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 open notes</source>
        <translation>%1 یادداشت باز</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taken by %1</source>
        <translation>برداشته‌شده توسط %1</translation>
    </message>
</context>
<context>
    <name>ArticleListPanel</name>
    <message>
        <location filename="../../src/newsdesk/ui/articles/list_panel.py" line="+73"/>
        <source>Search headlines, standfirsts and text…</source>
        <translation>جستجو در تیترها، لیدها و متن…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search stories</source>
        <translation>جستجوی مطالب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status filter</source>
        <translation>صافی وضعیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+189"/>
        <source>All statuses</source>
        <translation>همه‌ی وضعیت‌ها</translation>
    </message>
    <message>
        <location line="-186"/>
        <location line="+188"/>
        <source>Trash</source>
        <translation>زباله‌دان</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>Section filter</source>
        <translation>صافی بخش</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+255"/>
        <source>All sections</source>
        <translation>همه‌ی بخش‌ها</translation>
    </message>
    <message>
        <location line="-250"/>
        <source>Stories</source>
        <translation>مطالب</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Order of the stories</source>
        <translation>ترتیب مطلب‌ها</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>%1+ stories</source>
        <translation>%1 مطلب و بیشتر</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n story(ies)</source>
        <translation>
            <numerusform>%n مطلب</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Newest first</source>
        <translation>جدیدترین</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest first</source>
        <translation>قدیمی‌ترین</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By headline</source>
        <translation>تیتر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By section</source>
        <translation>بخش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By byline</source>
        <translation>نویسنده</translation>
    </message>
</context>
<context>
    <name>ArticlePreview</name>
    <message>
        <location filename="../../src/newsdesk/ui/preview/view.py" line="+187"/>
        <source>Preview of the published page</source>
        <translation>پیش‌نمایش صفحه‌ی منتشرشده</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The preview of the open story shows here.</source>
        <translation>پیش‌نمایش مطلب باز این‌جا نمایش داده می‌شود.</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>Picture %1 is not in the media library</source>
        <translation>تصویر %1 در کتابخانهٔ رسانه نیست</translation>
    </message>
</context>
<context>
    <name>ArticleStatus</name>
    <message>
        <location filename="../../src/newsdesk/ui/vocabulary.py" line="-24"/>
        <source>Draft</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>ارسال‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editing</source>
        <translation>در حال ویرایش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready</source>
        <translation>آماده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>منتشرشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent back</source>
        <translation>بازگشته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Killed</source>
        <translation>کنارگذاشته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected</source>
        <translation>اصلاح‌شده</translation>
    </message>
</context>
<context>
    <name>AssignmentRole</name>
    <message>
        <location filename="../../src/newsdesk/ui/planning/budget_model.py" line="+43"/>
        <source>writer</source>
        <translation>نویسنده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>photographer</source>
        <translation>عکاس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>editor</source>
        <translation>ویراستار</translation>
    </message>
</context>
<context>
    <name>AssignmentsBadge</name>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/planning/assignments_badge.py" line="+65"/>
        <source>%n assignment(s)</source>
        <translation>
            <numerusform>%Ln مأموریت</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My open assignments: %1. Open the budget</source>
        <translation>مأموریت‌های باز من: %1. باز کردن بودجه‌ی خبری</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My assignments: %1</source>
        <translation>مأموریت‌های من: %1</translation>
    </message>
</context>
<context>
    <name>AutosaveController</name>
    <message>
        <location filename="../../src/newsdesk/ui/article_editor/autosave.py" line="+166"/>
        <source>Saved</source>
        <translation>ذخیره شد</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unsaved changes</source>
        <translation>تغییرات ذخیره‌نشده</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Could not keep your text on this computer: %s</source>
        <translation>متن شما روی این رایانه نگه داشته نشد: %s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Untitled story</source>
        <translation>مطلب بی‌عنوان</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Saving…</source>
        <translation>در حال ذخیره…</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Saved at %s</source>
        <translation>ذخیره شد در %s</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Database busy (another program is writing to it): your text is kept on this computer and saved as soon as it is free</source>
        <translation>پایگاه داده سرگرم است (برنامه‌ی دیگری در آن می‌نویسد): متن شما روی این رایانه نگه داشته می‌شود و به محض آزاد شدن ذخیره می‌شود</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reconnecting… your text is kept on this computer until it is saved</source>
        <translation>در حال اتصال دوباره… متن شما تا ذخیره شدن روی این رایانه نگه داشته می‌شود</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not saved: %s. Your text stays in the editor.</source>
        <translation>ذخیره نشد: %s. متن شما در ویرایشگر می‌ماند.</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+33"/>
        <source>Not saved: %s</source>
        <translation>ذخیره نشد: %s</translation>
    </message>
</context>
<context>
    <name>BudgetModel</name>
    <message>
        <location filename="../../src/newsdesk/ui/planning/budget_model.py" line="-18"/>
        <source>Slug</source>
        <translation>سوژه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>بخش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>چه کسی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words</source>
        <translation>واژه‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>موعد</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>(no section)</source>
        <translation>(بدون بخش)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2 min late)</source>
        <translation>%1 (%2 دقیقه تأخیر)</translation>
    </message>
</context>
<context>
    <name>BudgetPanel</name>
    <message>
        <location filename="../../src/newsdesk/ui/planning/budget_panel.py" line="+108"/>
        <source>Edition</source>
        <translation>شماره</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Section filter</source>
        <translation>صافی بخش</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status filter</source>
        <translation>صافی وضعیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>همه‌ی وضعیت‌ها</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My assignments</source>
        <translation>مأموریت‌های من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New item…</source>
        <translation>سوژه‌ی تازه…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put a new item on this day&apos;s budget (planners)</source>
        <translation>افزودن سوژه‌ای تازه به بودجه‌ی خبری امروز (برنامه‌ریزان)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change…</source>
        <translation>تغییر…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the item&apos;s details and who is on it (planners; E)</source>
        <translation>تغییر جزئیات سوژه و کسانی که روی آن کار می‌کنند (برنامه‌ریزان؛ E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export…</source>
        <translation>برون‌بری…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the day&apos;s budget as HTML or CSV</source>
        <translation>ذخیره‌ی بودجه‌ی خبری روز به صورت HTML یا CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the day&apos;s budget, or save it as PDF</source>
        <translation>چاپ بودجه‌ی خبری روز، یا ذخیره‌ی آن به صورت PDF</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Budget</source>
        <translation>بودجه‌ی خبری</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>All sections</source>
        <translation>همه‌ی بخش‌ها</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%Ln سوژه</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 shown, more as you scroll</source>
        <translation>%1 نشان داده شده، بقیه با پیمایش</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 words</source>
        <translation>%1 از %2 واژه</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing on %1 matches these filters.</source>
        <translation>در %1 چیزی با این صافی‌ها جور نیست.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is planned for %1 yet.</source>
        <translation>هنوز چیزی برای %1 برنامه‌ریزی نشده است.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put a story on it with “New item…”.</source>
        <translation>با «سوژه‌ی تازه…» سوژه‌ای به آن بیفزایید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[ and ] go to the previous and next day.</source>
        <translation>کلیدهای [ و ] به روز قبل و بعد می‌روند.</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>%1 written</source>
        <translation>%1 نوشته شد</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Export the budget</source>
        <translation>برون‌بری بودجه‌ی خبری</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web page (*.html);;Spreadsheet (*.csv)</source>
        <translation>صفحه‌ی وب (*.html);;صفحه‌گسترده (*.csv)</translation>
    </message>
</context>
<context>
    <name>CheckKind</name>
    <message>
        <location filename="../../src/newsdesk/ui/vocabulary.py" line="+31"/>
        <source>Unbalanced quotes</source>
        <translation>گیومه‌ی نابسته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unbalanced brackets</source>
        <translation>پرانتز نابسته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doubled word</source>
        <translation>واژه‌ی تکراری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double space</source>
        <translation>فاصله‌ی دوتایی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space before punctuation</source>
        <translation>فاصله پیش از نشانه‌گذاری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long sentence</source>
        <translation>جمله‌ی بلند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headline length</source>
        <translation>درازای تیتر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standfirst length</source>
        <translation>درازای لید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing field</source>
        <translation>خانه‌ی خالی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spelling</source>
        <translation>املا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Style</source>
        <translation>شیوه‌نامه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embargo not set</source>
        <translation>زمان ممنوعیت انتشار تعیین نشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture</source>
        <translation>تصویر</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../../src/newsdesk/ui/copydesk/findings_model.py" line="+33"/>
        <source>Headline</source>
        <translation>تیتر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standfirst</source>
        <translation>لید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dateline</source>
        <translation>محل تنظیم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Byline</source>
        <translation>نام نویسنده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit</source>
        <translation>منبع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>بخش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>متن</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/copydesk/checks_panel.py" line="+106"/>
        <source>Copy check findings</source>
        <translation>یافته‌های بازبینی متن</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/copydesk/findings_model.py" line="+4"/>
        <source>Line</source>
        <translation>سطر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>بررسی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding</source>
        <translation>یافته</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/copydesk/checks_panel.py" line="+15"/>
        <source>Add to &amp;word list</source>
        <translation>افزودن به وا&amp;ژه‌نامه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept this spelling in every story from now on</source>
        <translation>از این پس این املا را در همه‌ی مطالب بپذیر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;pply</source>
        <translation>&amp;اعمال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the passage with the style list&apos;s form</source>
        <translation>جایگزینی بخش با شکل شیوه‌نامه</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>No findings</source>
        <translation>یافته‌ای نیست</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 finding</source>
        <translation>۱ یافته</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 findings</source>
        <translation>%1 یافته</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No spelling dictionary for %1</source>
        <translation>فرهنگ املایی برای %1 نداریم</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>“%1” is in the newsroom word list now.</source>
        <translation>«%1» اکنون در واژه‌نامه‌ی تحریریه است.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The text there has changed; the checks run again.</source>
        <translation>متن آن‌جا تغییر کرده است؛ بررسی‌ها دوباره انجام می‌شوند.</translation>
    </message>
</context>
<context>
    <name>CommentDetail</name>
    <message>
        <location filename="../../src/newsdesk/ui/moderation/detail.py" line="+76"/>
        <source>The newsroom</source>
        <translation>تحریریه</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> → </source>
        <translation> ← </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(undone)</source>
        <translation>(واگردانده)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 approved · %2 pending · %3 spam · %4 in the trash</source>
        <translation>%1 تأییدشده · %2 در انتظار · %3 هرزنامه · %4 در زباله‌دان</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First seen %1, last seen %2</source>
        <translation>نخستین بار %1، آخرین بار %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Always held</source>
        <translation>همیشه نگه‌داشته می‌شود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always spam (banned)</source>
        <translation>همیشه هرزنامه (مسدود)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted: approved without holding</source>
        <translation>مورد اعتماد: بی‌درنگ تأیید می‌شود</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This commenter</source>
        <translation>این نظردهنده</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What weighed most (score now %1)</source>
        <translation>آنچه بیشترین وزن را داشت (امتیاز کنونی %1)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>IP %1</source>
        <translation>IP %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on %2</source>
        <translation>%1 درباره‌ی %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>spam score %1</source>
        <translation>امتیاز هرزنامه %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held because:</source>
        <translation>نگه داشته شد چون:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What weighed most?</source>
        <translation>چه چیزی بیشترین وزن را داشت؟</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>As submitted</source>
        <translation>همان‌طور که فرستاده شد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In reply to</source>
        <translation>در پاسخ به</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replies (%1)</source>
        <translation>پاسخ‌ها (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Moderation</source>
        <translation>بررسی نظرها</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The selected comment</source>
        <translation>نظر برگزیده</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select a comment to read it whole.</source>
        <translation>نظری را برگزینید تا کامل خوانده شود.</translation>
    </message>
</context>
<context>
    <name>CommentQueueModel</name>
    <message>
        <location filename="../../src/newsdesk/ui/panels/comments/queue_model.py" line="+27"/>
        <source>Author</source>
        <translation>نویسنده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Story</source>
        <translation>مطلب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>دریافت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>نظر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>رایانامه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>وبگاه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>no reason recorded</source>
        <translation>دلیلی ثبت نشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held because</source>
        <translation>نگه داشته شد چون</translation>
    </message>
</context>
<context>
    <name>CommentQueuePanel</name>
    <message>
        <location filename="../../src/newsdesk/ui/panels/comments/panel.py" line="+62"/>
        <source>pending</source>
        <translation>در انتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spam</source>
        <translation>هرزنامه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the trash</source>
        <translation>در زباله‌دان</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Comments</source>
        <translation>نظرها</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Undo</source>
        <translation>واگرد</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>comments</source>
        <translation>نظر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No comments waiting. All clear.</source>
        <translation>نظری در انتظار نیست. همه بررسی شده‌اند.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More than %1 match</source>
        <translation>بیش از %1 مورد</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>Delete %n comment(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>%n نظر برای همیشه حذف شود؟ این کار بازگشت‌پذیر نیست.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 does not apply to the selected comments</source>
        <translation>«%1» برای نظرهای برگزیده کاربرد ندارد</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing to undo</source>
        <translation>چیزی برای واگرد نیست</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Delete permanently</source>
        <translation>حذف همیشگی</translation>
    </message>
</context>
<context>
    <name>CommentStatus</name>
    <message>
        <location filename="../../src/newsdesk/ui/vocabulary.py" line="-40"/>
        <source>Pending</source>
        <translation>در انتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spam</source>
        <translation>هرزنامه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trash</source>
        <translation>زباله‌دان</translation>
    </message>
</context>
<context>
    <name>CommentTextDialog</name>
    <message>
        <location filename="../../src/newsdesk/ui/panels/comments/text_dialog.py" line="+73"/>
        <source>Reply as the newsroom</source>
        <translation>پاسخ از طرف تحریریه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Your reply:</source>
        <translation>&amp;پاسخ شما:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your reply</source>
        <translation>پاسخ شما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment:</source>
        <translation>نظر:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the comment</source>
        <translation>ویرایش نظر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;text (the original is kept):</source>
        <translation>&amp;متن (نسخه‌ی اصلی نگه داشته می‌شود):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The comment&apos;s text</source>
        <translation>متن نظر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In reply to %1:</source>
        <translation>در پاسخ به %1:</translation>
    </message>
    <message>
        <location filename="../../ui/comment_text_dialog.ui" line="+22"/>
        <source>Story:</source>
        <translation>مطلب:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>By:</source>
        <translation>از:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The comment answered</source>
        <translation>نظری که پاسخ داده می‌شود</translation>
    </message>
</context>
<context>
    <name>CommenterActions</name>
    <message>
        <location filename="../../src/newsdesk/ui/moderation/commenter_actions.py" line="+70"/>
        <source>Commenter:</source>
        <translation>نظردهنده:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this commenter</source>
        <translation>فقط این نظردهنده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the comments from this e-mail address</source>
        <translation>فقط نظرهای این نشانی ایمیل را نشان بده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve all pending</source>
        <translation>تأیید همهٔ نظرهای در انتظار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve every pending comment from this commenter (one Undo)</source>
        <translation>همهٔ نظرهای در انتظار این نظردهنده را تأیید کن (با یک واگرد)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What intake does with this commenter&apos;s next comments</source>
        <translation>دریافت نظر با نظرهای بعدی این نظردهنده چه می‌کند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the rules decide</source>
        <translation>به حکم قاعده‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always hold</source>
        <translation>همیشه نگه دار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always spam (ban)</source>
        <translation>همیشه هرزنامه (مسدود کن)</translation>
    </message>
</context>
<context>
    <name>ConflictController</name>
    <message>
        <location filename="../../src/newsdesk/ui/conflict/__init__.py" line="+36"/>
        <source>Resolve save &amp;conflict…</source>
        <translation>حل &amp;تعارض ذخیره…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Not saved: a newer version exists. Story ▸ Resolve save conflict… to choose what to keep.</source>
        <translation>ذخیره نشد: نسخه‌ی تازه‌تری هست. برای انتخاب آنچه بماند: مطلب ◂ حل تعارض ذخیره…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The conflict could not be resolved: %1</source>
        <translation>تعارض حل نشد: %1</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../src/newsdesk/ui/conflict/dialog.py" line="+38"/>
        <source>Headline</source>
        <translation>تیتر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standfirst</source>
        <translation>لید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>متن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dateline</source>
        <translation>محل تنظیم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Byline</source>
        <translation>نام نویسنده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit</source>
        <translation>منبع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>بخش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Embargoed until</source>
        <translation>ممنوع‌الانتشار تا</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>(no section)</source>
        <translation>(بدون بخش)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no tags)</source>
        <translation>(بدون برچسب)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed</source>
        <translation>بسته</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no embargo)</source>
        <translation>(بدون ممنوعیت انتشار)</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n place(s) changed on both sides. Choose what the merge keeps for each, or write it yourself; everything else is merged.</source>
        <translation>
            <numerusform>%n جا در هر دو سو تغییر کرده است. برای هر کدام برگزینید ادغام چه چیزی را نگه دارد، یا خودتان آن را بنویسید؛ باقی ادغام می‌شود.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Body: “%1”</source>
        <translation>متن: «%1»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save the merge</source>
        <translation>&amp;ذخیره‌ی ادغام</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Written by hand</source>
        <translation>دست‌نویس</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What %1 changed</source>
        <translation>آنچه %1 تغییر داد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you changed</source>
        <translation>آنچه شما تغییر دادید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The merge</source>
        <translation>ادغام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added</source>
        <translation>افزوده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>حذف‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each side is compared with the version you both started from.</source>
        <translation>هر سو با نسخه‌ای سنجیده شده که هر دو از آن آغاز کردید.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Changed on both sides (%1): %2</source>
        <translation>در هر دو سو تغییر کرده (%1): %2</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.ui" line="+14"/>
        <source>The story changed while you were editing</source>
        <translation>مطلب هنگام ویرایش شما تغییر کرد</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>What each side changed, and the merge</source>
        <translation>آنچه هر سو تغییر داد، و ادغام</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/conflict/dialog.py" line="-133"/>
        <source>%1 saved a newer version of “%2” at %3. Your text was not saved over it; both texts are kept in the story&apos;s history whatever you choose.</source>
        <translation>%1 نسخه‌ی تازه‌تری از «%2» را در %3 ذخیره کرد. متن شما روی آن ذخیره نشد؛ هر چه برگزینید، هر دو متن در تاریخچه‌ی مطلب می‌مانند.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this story</source>
        <translation>این مطلب</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.ui" line="+8"/>
        <source>Merge</source>
        <translation>ادغام</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/conflict/dialog.py" line="+25"/>
        <source>Clashing paragraph %1</source>
        <translation>بند متعارض %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clashing field %1</source>
        <translation>خانه‌ی متعارض %1</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Your changes and theirs touch different paragraphs and fields: the merge keeps both.</source>
        <translation>تغییرات شما و او به بندها و خانه‌های جداگانه مربوط است: ادغام هر دو را نگه می‌دارد.</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Comments open</source>
        <translation>نظرها باز است</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Keep &amp;mine</source>
        <translation>نگه داشتن نسخه‌ی &amp;من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take &amp;theirs</source>
        <translation>پذیرفتن نسخه‌ی &amp;او</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide &amp;later</source>
        <translation>تصمیم &amp;بعدی</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mine</source>
        <translation>مال من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs</source>
        <translation>مال او</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both: mine, then theirs</source>
        <translation>هر دو: اول مال من، سپس مال او</translation>
    </message>
</context>
<context>
    <name>ConflictPlace</name>
    <message>
        <location filename="../../src/newsdesk/ui/conflict/place.py" line="+62"/>
        <source>%1, as the merge keeps it</source>
        <translation>%1، همان‌گونه که ادغام نگه می‌دارد</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <location filename="../../src/newsdesk/ui/connection/__init__.py" line="+40"/>
        <source>This computer</source>
        <translation>این رایانه</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../src/newsdesk/ui/connection/dialog.py" line="+47"/>
        <source>never encrypt</source>
        <translation>هرگز رمزنگاری نکن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encrypt only if the server insists</source>
        <translation>فقط اگر کارساز بخواهد رمزنگاری کن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encrypt when the server can</source>
        <translation>هر وقت کارساز بتواند رمزنگاری کن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>always encrypt, any certificate</source>
        <translation>همیشه رمزنگاری کن، با هر گواهی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encrypt, check the certificate&apos;s authority</source>
        <translation>رمزنگاری کن، مرجع گواهی را بررسی کن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>encrypt, check the authority and host name</source>
        <translation>رمزنگاری کن، مرجع و نام میزبان را بررسی کن</translation>
    </message>
    <message>
        <location filename="../../ui/connection_dialog.ui" line="+14"/>
        <source>Connect to newsroom</source>
        <translation>اتصال به تحریریه</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Recent newsrooms</source>
        <translation>تحریریه‌های اخیر</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Forget</source>
        <translation>&amp;فراموش کن</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Remove the newsroom from this list</source>
        <translation>برداشتن تحریریه از این فهرست</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/connection/dialog.py" line="+194"/>
        <location filename="../../ui/connection_dialog.ui" line="+49"/>
        <source>Newsroom file</source>
        <translation>پرونده‌ی تحریریه</translation>
    </message>
    <message>
        <location filename="../../ui/connection_dialog.ui" line="+7"/>
        <source>C&amp;hoose…</source>
        <translation>انت&amp;خاب…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Ne&amp;wsroom server</source>
        <translation>کار&amp;ساز تحریریه</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>optional, e.g. City desk</source>
        <translation>اختیاری، مثلاً سرویس شهری</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ho&amp;st:</source>
        <translation>&amp;میزبان:</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>&amp;Remember password in the system keyring</source>
        <translation>گذرواژه را در &amp;جاکلیدی سامانه به خاطر بسپار</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Test connection</source>
        <translation>&amp;آزمودن اتصال</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/connection/dialog.py" line="-120"/>
        <source>C&amp;onnect</source>
        <translation>ا&amp;تصال</translation>
    </message>
    <message>
        <location filename="../../ui/connection_dialog.ui" line="-279"/>
        <source>R&amp;ecent</source>
        <translation>&amp;اخیر</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This co&amp;mputer</source>
        <translation>این &amp;رایانه</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>File:</source>
        <translation>پرونده:</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Port:</source>
        <translation>درگاه:</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;Database:</source>
        <translation>&amp;پایگاه داده:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;User:</source>
        <translation>&amp;کاربر:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>T&amp;LS mode:</source>
        <translation>&amp;حالت TLS:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Password:</source>
        <translation>&amp;گذرواژه:</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/connection/dialog.py" line="+75"/>
        <source>saved in the system keyring</source>
        <translation>در جاکلیدی سامانه ذخیره شده</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Newsroom files (*.sqlite *.db);;All files (*)</source>
        <translation>پرونده‌های تحریریه (*.sqlite *.db);;همه‌ی پرونده‌ها (*)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Testing the connection…</source>
        <translation>در حال آزمودن اتصال…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Connecting to %1…</source>
        <translation>در حال اتصال به %1…</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/connection/messages.py" line="+15"/>
        <source>The server asks for a password: enter it and try again.</source>
        <translation>کارساز گذرواژه می‌خواهد: آن را وارد کنید و دوباره بکوشید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong password (or user name) for the newsroom server.</source>
        <translation>گذرواژه (یا نام کاربری) برای کارساز تحریریه نادرست است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server has no user of that name.</source>
        <translation>کارساز کاربری با این نام ندارد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server has no database of that name: check the name, or ask an administrator to create it.</source>
        <translation>کارساز پایگاه داده‌ای با این نام ندارد: نام را بررسی کنید، یا از مدیر بخواهید آن را بسازد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server does not let this computer in as that user (pg_hba.conf): ask an administrator.</source>
        <translation>کارساز به این رایانه با این کاربر اجازه‌ی ورود نمی‌دهد (pg_hba.conf): از مدیر بپرسید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secure (TLS) connection failed: the server may not offer TLS, or its certificate was not trusted. Check the TLS mode.</source>
        <translation>اتصال امن (TLS) شکست خورد: شاید کارساز TLS ارائه نمی‌دهد یا گواهی آن پذیرفته نشد. حالت TLS را بررسی کنید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No server of that name was found: check the host name.</source>
        <translation>کارسازی با این نام یافت نشد: نام میزبان را بررسی کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server did not answer in time: check the host and port, and the network.</source>
        <translation>کارساز به‌موقع پاسخ نداد: میزبان، درگاه و شبکه را بررسی کنید.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server is not reachable: nothing answers at that host and port. Check them, and that the server is running.</source>
        <translation>کارساز در دسترس نیست: در این میزبان و درگاه چیزی پاسخ نمی‌دهد. آن‌ها را بررسی کنید، و اینکه کارساز روشن باشد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No system keyring is available; the password will be asked each time.</source>
        <translation>جاکلیدی سامانه در دسترس نیست؛ گذرواژه هر بار پرسیده می‌شود.</translation>
    </message>
</context>
<context>
    <name>CopyDesk</name>
    <message>
        <location filename="../../src/newsdesk/ui/copydesk/desk.py" line="+38"/>
        <source>Checks</source>
        <translation>بررسی‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History</source>
        <translation>تاریخچه</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n یافته</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy checks: %1. Open the Checks panel</source>
        <translation>بررسی‌ها: %1. باز کردن صفحه‌ی بررسی‌ها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy checks: %1</source>
        <translation>بررسی‌ها: %1</translation>
    </message>
</context>
<context>
    <name>CopyDeskPage</name>
    <message>
        <location filename="../../ui/preferences_copy_desk_page.ui" line="+35"/>
        <source> words</source>
        <translation> واژه</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+23"/>
        <source> characters</source>
        <translation> نویسه</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Style list</source>
        <translation>شیوه‌نامه</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Avoid</source>
        <translation>پرهیز از</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use instead</source>
        <translation>به جایش</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Add &amp;rule</source>
        <translation>افزودن &amp;قاعده</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remo&amp;ve rule</source>
        <translation>&amp;حذف قاعده</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Flag</source>
        <translation>هشدار برای</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sentences longer than:</source>
        <translation>جمله‌های بلندتر از:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Headlines longer than:</source>
        <translation>تیترهای بلندتر از:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Standfirsts longer than:</source>
        <translation>لیدهای بلندتر از:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Style list (banned or style-guide words)</source>
        <translation>شیوه‌نامه (واژه‌های ممنوع یا مطابق راهنما)</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../src/newsdesk/ui/crash.py" line="+129"/>
        <source>Newsdesk met an error it did not expect:</source>
        <translation>نیوزدسک به خطایی نامنتظره برخورد:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(in %1)</source>
        <translation>(در %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your text was kept first: %1.</source>
        <translation>نخست متن شما نگه داشته شد: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The details are in the log:</source>
        <translation>جزئیات در گزارش است:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Newsdesk stopped on an error at %1 (%2).</source>
        <translation>نیوزدسک در %1 بر اثر خطایی متوقف شد (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your text of %1 was kept and saved.</source>
        <translation>متن شما از %1 نگه داشته و ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <location filename="../../ui/diff_dialog.ui" line="+14"/>
        <source>Compare revisions</source>
        <translation>مقایسه‌ی نسخه‌ها</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/copydesk/diff_dialog.py" line="+32"/>
        <source>Compare %1 with %2</source>
        <translation>مقایسه‌ی %1 با %2</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../../ui/diff_view.ui" line="+23"/>
        <source>&amp;Inline</source>
        <translation>&amp;درون‌خطی</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Side by side</source>
        <translation>&amp;کنار هم</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Differences</source>
        <translation>تفاوت‌ها</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/copydesk/diff_view.py" line="+42"/>
        <source>+%1 words, −%2 words</source>
        <translation>+%1 واژه، −%2 واژه</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Headline</source>
        <translation>تیتر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Standfirst</source>
        <translation>لید</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Body</source>
        <translation>متن</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(unchanged)</source>
        <translation>(بدون تغییر)</translation>
    </message>
</context>
<context>
    <name>EditLocks</name>
    <message>
        <location filename="../../src/newsdesk/ui/locks/controller.py" line="+236"/>
        <source>%1 took over the story you were editing.</source>
        <translation>%1 مطلبی را که ویرایش می‌کردید در دست گرفت.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Nobody else is editing this story now: it is yours to edit.</source>
        <translation>اکنون کس دیگری این مطلب را ویرایش نمی‌کند: می‌توانید ویرایشش کنید.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 took over this story; your last text was saved as a revision.</source>
        <translation>%1 این مطلب را در دست گرفت؛ آخرین متن شما به‌عنوان یک نسخه ذخیره شد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You are editing this story on another computer (since %1). Take it over here?</source>
        <translation>شما این مطلب را روی رایانه‌ی دیگری ویرایش می‌کنید (از %1). اینجا ادامه می‌دهید؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You have this story open in another Newsdesk window (since %1). Take it over here?</source>
        <translation>این مطلب در پنجره‌ی دیگری از Newsdesk باز است (از %1). اینجا ادامه می‌دهید؟</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Being edited by %1 since %2 — you can read it here.</source>
        <translation>از %2 در حال ویرایش توسط %1 — این‌جا می‌توانید آن را بخوانید.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Take over the story</source>
        <translation>در دست گرفتن مطلب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is editing this story. Take it over?

Their last text is kept as a revision in the history, and their window becomes read-only.</source>
        <translation>%1 در حال ویرایش این مطلب است. آن را در دست می‌گیرید؟

آخرین متن او به‌عنوان نسخه‌ای در تاریخچه می‌ماند و پنجره‌اش فقط‌خواندنی می‌شود.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Take over</source>
        <translation>در دست گرفتن</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>You took over the story from %1; their last text is kept as a revision.</source>
        <translation>مطلب را از %1 در دست گرفتید؛ آخرین متن او به‌عنوان یک نسخه نگه داشته شد.</translation>
    </message>
</context>
<context>
    <name>EditingController</name>
    <message>
        <location filename="../../src/newsdesk/ui/article_editor/controller.py" line="+156"/>
        <source>Duplicated “%1”: you are editing the copy.</source>
        <translation>«%1» تکثیر شد: اکنون رونوشت را ویرایش می‌کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untitled story</source>
        <translation>مطلب بی‌عنوان</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Saved</source>
        <translation>ذخیره شد</translation>
    </message>
</context>
<context>
    <name>EditorStatusBar</name>
    <message>
        <location filename="../../src/newsdesk/ui/status_bar.py" line="+38"/>
        <source>The newsroom database in use</source>
        <translation>پایگاه داده‌ی تحریریه‌ی در حال استفاده</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+50"/>
        <source>Undo</source>
        <translation>واگرد</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+50"/>
        <source>Undo the last action</source>
        <translation>واگرد آخرین کار</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1 words · %2 characters · %3 min read</source>
        <translation>%1 واژه · %2 نویسه · %3 دقیقه خواندن</translation>
    </message>
</context>
<context>
    <name>EmbargoField</name>
    <message>
        <location filename="../../src/newsdesk/ui/article_editor/embargo_field.py" line="+26"/>
        <location line="+1"/>
        <source>Embargoed until</source>
        <translation>ممنوع‌الانتشار تا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody may publish the story, and no export carries it, before this time</source>
        <translation>پیش از این زمان هیچ‌کس نمی‌تواند خبر را منتشر کند و هیچ خروجی‌ای آن را در بر نمی‌گیرد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Embargo time</source>
        <translation>زمان پایان ممنوعیت انتشار</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In this computer&apos;s time zone (%1)</source>
        <translation>به وقت منطقه‌ی زمانی این رایانه (%1)</translation>
    </message>
</context>
<context>
    <name>FilterLearner</name>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/moderation/learning.py" line="+63"/>
        <source>The spam filter learned from %n decision(s)</source>
        <translation>
            <numerusform>پالایهٔ هرزنامه از %n تصمیم آموخت</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterRow</name>
    <message>
        <location filename="../../src/newsdesk/ui/panels/comments/filters.py" line="+35"/>
        <source>Any time</source>
        <translation>هر زمان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation>۲۴ ساعت گذشته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>۷ روز گذشته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>۳۰ روز گذشته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older than 30 days</source>
        <translation>قدیمی‌تر از ۳۰ روز</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Words in the comment…</source>
        <translation>واژه‌های درون نظر…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search comment text</source>
        <translation>جستجو در متن نظرها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author or e-mail…</source>
        <translation>نویسنده یا رایانامه…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by author or e-mail</source>
        <translation>صافی بر پایه‌ی نویسنده یا رایانامه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by date</source>
        <translation>صافی بر پایه‌ی تاریخ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only the open story</source>
        <translation>فقط مطلب باز</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show every commenter again</source>
        <translation>دوباره همهٔ نظردهندگان را نشان بده</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Only %1 ✕</source>
        <translation>فقط %1 ✕</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Oldest first</source>
        <translation>قدیمی‌ترین نخست</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Newest first</source>
        <translation>تازه‌ترین نخست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the order</source>
        <translation>تغییر ترتیب</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../src/newsdesk/ui/editor/find_bar.py" line="+33"/>
        <source>Next match</source>
        <translation>مورد بعدی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match</source>
        <translation>مورد قبلی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace this match (in Replace with)</source>
        <translation>جایگزینی این مورد (در «جایگزین با»)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar</source>
        <translation>بستن نوار جستجو</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+1"/>
        <source>Find</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Replace with</source>
        <translation>جایگزین با</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>مورد قبلی (Shift+Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next match (Enter)</source>
        <translation>مورد بعدی (Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the find bar (Escape)</source>
        <translation>بستن نوار جستجو (Escape)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Match case</source>
        <translation>تطبیق بزرگی و کوچکی حروف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole words</source>
        <translation>واژه‌های کامل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Matches</source>
        <translation>موارد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>جایگزینی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace all</source>
        <translation>جایگزینی همه</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>{count} replaced</source>
        <translation>{count} مورد جایگزین شد</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+47"/>
        <source>No matches</source>
        <translation>موردی یافت نشد</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{current} of {total}</source>
        <translation>{current} از {total}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 match</source>
        <translation>۱ مورد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{total} matches</source>
        <translation>{total} مورد</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <location filename="../../src/newsdesk/ui/copydesk/finding_words.py" line="+21"/>
        <source>Paragraph %1 opens a quotation (%2) it never closes</source>
        <translation>بند %1 گیومه‌ای (%2) باز می‌کند و هرگز نمی‌بندد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paragraph %1 opens a quotation (%2) it never closes (%3 open)</source>
        <translation>بند %1 گیومه‌ای (%2) باز می‌کند و هرگز نمی‌بندد (%3 باز)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paragraph %1 has an odd number of straight quotation marks (&quot;)</source>
        <translation>بند %1 شمار فردی گیومه‌ی صاف (&quot;) دارد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paragraph %1 opens a bracket (%2) it never closes</source>
        <translation>بند %1 پرانتزی (%2) باز می‌کند و هرگز نمی‌بندد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paragraph %1 closes a bracket (%2) it never opened</source>
        <translation>بند %1 پرانتزی (%2) می‌بندد که هرگز باز نشده</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Doubled word: “%1 %2”</source>
        <translation>واژه‌ی تکراری: «%1 %2»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double space</source>
        <translation>فاصله‌ی دوتایی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space before “%1”</source>
        <translation>فاصله پیش از «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sentence of %1 words (the limit is %2)</source>
        <translation>جمله‌ای با %1 واژه (حد آن %2 است)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Headline of %1 characters (the limit is %2)</source>
        <translation>تیتری با %1 نویسه (حد آن %2 است)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Standfirst of %1 characters (the limit is %2)</source>
        <translation>لیدی با %1 نویسه (حد آن %2 است)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing %1: required before the story can be passed as ready</source>
        <translation>%1 خالی است: پیش از آماده اعلام‌شدن مطلب لازم است</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown word: “%1”</source>
        <translation>واژه‌ی ناشناخته: «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Style: “%1” → “%2”</source>
        <translation>شیوه‌نامه: «%1» ← «%2»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 speak of an embargo, but the story has no embargo time: set one before it is passed as ready</source>
        <translation>در %1 از ممنوعیت انتشار سخن رفته، اما زمانی برای آن تعیین نشده است: پیش از آماده‌شدن خبر آن را تعیین کنید</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Picture %1 has no alt text for readers who cannot see it</source>
        <translation>تصویر %1 برای خوانندگانی که آن را نمی‌بینند متن جایگزین ندارد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Picture %1 has no credit</source>
        <translation>تصویر %1 اعتبار ندارد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture %1 is not in the media library</source>
        <translation>تصویر %1 در کتابخانهٔ رسانه نیست</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Picture %1 may not be published: “%2”</source>
        <translation>تصویر %1 نباید منتشر شود: «%2»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lead picture is %1 pixels wide (at least %2)</source>
        <translation>پهنای تصویر اصلی %1 پیکسل است (دست‌کم %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>dateline</source>
        <translation>محل تنظیم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>section</source>
        <translation>بخش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>byline</source>
        <translation>نام نویسنده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>credit line</source>
        <translation>منبع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>story&apos;s words</source>
        <translation>متن خبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../../ui/preferences_general_page.ui" line="+43"/>
        <source>The interface changes language as soon as you press OK or Apply.</source>
        <translation>زبان رابط کاربری به محض زدن «تأیید» یا «اعمال» تغییر می‌کند.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Same as the system</source>
        <translation>همانند سامانه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Light</source>
        <translation>روشن</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dark</source>
        <translation>تیره</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>High contrast</source>
        <translation>کنتراست بالا</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A&amp;utosave after:</source>
        <translation>&amp;ذخیره‌ی خودکار پس از:</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Agency fol&amp;ders:</source>
        <translation>پوشه‌های &amp;خبرگزاری‌ها:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>One folder per line, where an agency drops its ninjs (.json) or NewsML-G2 (.xml) items, and after “ = ” the agency to credit when an item names none (/srv/wires/afp = AFP): the window takes new files in by itself every half minute.</source>
        <translation>هر خط یک پوشه، جایی که خبرگزاری خبرهای ninjs (‎.json) یا NewsML-G2 (‎.xml) خود را می‌گذارد، و پس از « = » خبرگزاری‌ای که باید برای خبری بی‌نام خبرگزاری ذکر شود (‎/srv/wires/afp = AFP): پنجره هر نیم دقیقه پرونده‌های تازه را خودش برمی‌دارد.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/preferences/pages.py" line="+144"/>
        <source>The story&apos;s body text in the preview, %1 to %2 px</source>
        <translation>متن مطلب در پیش‌نمایش، از %1 تا %2 پیکسل</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_general_page.ui" line="-70"/>
        <source> s</source>
        <translation> ثانیه</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A story saves itself this long after typing pauses, and at least this often while typing goes on: a crash loses at most this much typing.</source>
        <translation>مطلب این مدت پس از توقف تایپ خودش ذخیره می‌شود، و هنگام تایپ دست‌کم با همین فاصله: یک خرابی حداکثر همین اندازه تایپ را از بین می‌برد.</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>&amp;Interface language:</source>
        <translation>&amp;زبان رابط کاربری:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Theme:</source>
        <translation>&amp;پوسته:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Preview &amp;font size (px):</source>
        <translation>&amp;اندازه‌ی قلم پیش‌نمایش (پیکسل):</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../src/newsdesk/ui/copydesk/history_panel.py" line="+57"/>
        <source>Revisions</source>
        <translation>نسخه‌ها</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Author</source>
        <translation>نویسنده</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Words</source>
        <translation>واژه‌ها</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Co&amp;mpare</source>
        <translation>م&amp;قایسه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select two revisions, or one to compare with the latest</source>
        <translation>دو نسخه را برگزینید، یا یکی را برای مقایسه با آخرین نسخه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore…</source>
        <translation>&amp;بازگردانی…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put this revision&apos;s text back, as a new revision</source>
        <translation>بازگرداندن متن این نسخه، به‌عنوان نسخه‌ای تازه</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 words added, %2 removed</source>
        <translation>%1 واژه افزوده، %2 واژه حذف شد</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Revision %1 · %2 · %3</source>
        <translation>نسخه‌ی %1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>ناشناس</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restore revision</source>
        <translation>بازگردانی نسخه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the text of revision %1 back in the story? The text now becomes a revision you can go back to.</source>
        <translation>متن نسخه‌ی %1 به مطلب بازگردانده شود؟ متن کنونی به نسخه‌ای تبدیل می‌شود که می‌توانید به آن برگردید.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Revision %1 restored.</source>
        <translation>نسخه‌ی %1 بازگردانده شد.</translation>
    </message>
</context>
<context>
    <name>HoldReason</name>
    <message>
        <location filename="../../src/newsdesk/ui/panels/comments/reason_words.py" line="+24"/>
        <source>blocked word: %1</source>
        <translation>واژه‌ی ممنوع: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>moderation word: %1</source>
        <translation>واژه‌ی نیازمند بازبینی: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>links: %1</source>
        <translation>پیوندها: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comments within a minute: %1</source>
        <translation>نظر در یک دقیقه: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first comment from this address</source>
        <translation>نخستین نظر از این نشانی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>automatic approval is off</source>
        <translation>تأیید خودکار خاموش است</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no approved comment from this address yet</source>
        <translation>هنوز نظر تأییدشده‌ای از این نشانی نیست</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>learned filter: %1</source>
        <translation>پالایه‌ی آموخته: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>always spam: the commenter is banned</source>
        <translation>همیشه هرزنامه: نویسنده مسدود است</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>always held: a moderator asked so</source>
        <translation>همیشه نگه‌داشته: به خواست یک ناظر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>earlier comments marked spam: %1</source>
        <translation>نظرهای پیشین هرزنامه: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sent without a fresh form token</source>
        <translation>فرستاده‌شده بی نشانه‌ی تازه‌ی فرم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent too soon after the form was handed out (%1)</source>
        <translation>زودتر از اندازه پس از دادن فرم فرستاده شد (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sent with an expired form token (%1)</source>
        <translation>با نشانه‌ی فرم منقضی فرستاده شد (%1)</translation>
    </message>
</context>
<context>
    <name>InterchangeMenu</name>
    <message>
        <location filename="../../src/newsdesk/ui/interchange/menu.py" line="+32"/>
        <source>Web pages (*.html *.htm *.xhtml);;All files (*)</source>
        <translation>صفحه‌های وب (*.html *.htm *.xhtml);;همه‌ی پرونده‌ها (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WordPress exports (*.xml *.wxr);;All files (*)</source>
        <translation>برون‌برده‌های وردپرس (*.xml *.wxr);;همه‌ی پرونده‌ها (*)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Static &amp;site…</source>
        <translation>&amp;وبگاه ایستا…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IPTC &amp;ninjs…</source>
        <translation>IPTC &amp;ninjs…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;WordPress (WXR)…</source>
        <translation>ورد&amp;پرس (WXR)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Web page…</source>
        <translation>&amp;صفحه‌ی وب…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word&amp;Press export (WXR)…</source>
        <translation>&amp;برون‌برد وردپرس (WXR)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>&amp;برون‌برد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import</source>
        <translation>&amp;درون‌برد</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Wait for the running export or import to finish.</source>
        <translation>صبر کنید تا برون‌برد یا درون‌برد در جریان به پایان برسد.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancelled.</source>
        <translation>لغو شد.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Exported %1 published stories to %2: %3 files written, %4 unchanged, %5 removed, in %6 s.</source>
        <translation>%1 مطلب منتشرشده به %2 برون‌برده شد: %3 پرونده نوشته، %4 بدون تغییر، %5 حذف، در %6 ثانیه.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exporting the static site…</source>
        <translation>در حال برون‌برد وبگاه ایستا…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Wrote %1 ninjs %2 document(s) to %3.</source>
        <translation>%1 سند ninjs %2 در %3 نوشته شد.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 private stories were left out until they are published.</source>
        <translation>%1 مطلب خصوصی تا زمان انتشار کنار گذاشته شد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting ninjs documents…</source>
        <translation>در حال برون‌برد سندهای ninjs…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import a saved web page</source>
        <translation>درون‌برد یک صفحه‌ی وب ذخیره‌شده</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Imported “%1” from %2 as a draft.</source>
        <translation>«%1» از %2 به‌عنوان پیش‌نویس درون‌برده شد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removed %1 control characters from the page.</source>
        <translation>%1 نویسهٔ کنترلی از صفحه حذف شد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing the web page…</source>
        <translation>در حال درون‌برد صفحه‌ی وب…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a WordPress export</source>
        <translation>درون‌برد یک برون‌برده‌ی وردپرس</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Imported %1 posts, %2 comments (%3 pingbacks, %4 trackbacks), %5 new sections and %6 new tags from %7.</source>
        <translation>از %7 درون‌برده شد: %1 نوشته، %2 نظر (%3 پینگ‌بک، %4 ترک‌بک)، %5 بخش تازه و %6 برچسب تازه.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Already here from an earlier import: %1 posts, %2 comments.</source>
        <translation>از درون‌برد پیشین موجود بود: %1 نوشته، %2 نظر.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skipped:</source>
        <translation>نادیده گرفته شد:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed on the way in:</source>
        <translation>تغییر یافته هنگام ورود:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>and %1 more</source>
        <translation>و %1 مورد دیگر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing the WordPress export…</source>
        <translation>در حال درون‌برد برون‌برده‌ی وردپرس…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the newsroom as WordPress WXR</source>
        <translation>برون‌برد تحریریه به‌صورت WXR وردپرس</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wrote %1 posts, %2 comments and %3 categories to %4 (%5 KB).</source>
        <translation>%1 نوشته، %2 نظر و %3 دسته در %4 نوشته شد (%5 کیلوبایت).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Commenters&apos; e-mail and IP addresses were left out (moderators only).</source>
        <translation>رایانامه و نشانی IP نظردهندگان کنار گذاشته شد (فقط برای ناظران).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting the newsroom as WXR…</source>
        <translation>در حال برون‌برد تحریریه به‌صورت WXR…</translation>
    </message>
</context>
<context>
    <name>JournalReplay</name>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/journal/__init__.py" line="+60"/>
        <source>Saved text kept on this computer for %n story(ies).</source>
        <translation>
            <numerusform>متن نگه‌داشته روی این رایانه برای %n مطلب ذخیره شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n of them had changed meanwhile: your text is in their history.</source>
        <translation>
            <numerusform>%n مورد در این میان تغییر کرده بود: متن شما در تاریخچه‌ی آن‌هاست.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadTextsDialog</name>
    <message>
        <location filename="../../src/newsdesk/ui/media/lead_texts.py" line="+38"/>
        <source>Lead picture&apos;s texts for this story</source>
        <translation>متن‌های تصویر اصلی برای این خبر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2 × %3 pixels)</source>
        <translation>%1 (%2 × %3 پیکسل)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>These texts are this story&apos;s only. Leave one empty to use the picture&apos;s own.</source>
        <translation>این متن‌ها فقط برای این خبر است. اگر خانه‌ای را خالی بگذارید، متن خود تصویر به کار می‌رود.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Caption:</source>
        <translation>&amp;زیرنویس:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;redit:</source>
        <translation>ا&amp;عتبار:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Alt text:</source>
        <translation>متن &amp;جایگزین:</translation>
    </message>
</context>
<context>
    <name>LeadTextsEditor</name>
    <message>
        <location line="+39"/>
        <source>&amp;Lead picture&apos;s caption and credit…</source>
        <translation>&amp;زیرنویس و اعتبار تصویر اصلی…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No lead picture</source>
        <translation>تصویر اصلی ندارد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This story has no lead picture yet: choose one in the Media panel and make it the story&apos;s lead picture.</source>
        <translation>این خبر هنوز تصویر اصلی ندارد: تصویری را در پنل رسانه برگزینید و آن را تصویر اصلی خبر کنید.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The lead picture&apos;s texts were not saved: %1</source>
        <translation>متن‌های تصویر اصلی ذخیره نشد: %1</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <location filename="../../src/newsdesk/ui/live/updates.py" line="+113"/>
        <source>Live updates paused: reconnecting…</source>
        <translation>به‌روزرسانی زنده متوقف شد: در حال اتصال دوباره…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes by others show again once the newsroom is back. %1</source>
        <translation>تغییرات دیگران پس از بازگشت تحریریه دوباره نمایش داده می‌شود. %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Changed by someone else</source>
        <translation>کس دیگری تغییرش داد</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Updated with someone else&apos;s saved text</source>
        <translation>با متن ذخیره‌شده‌ی کس دیگری به‌روز شد</translation>
    </message>
</context>
<context>
    <name>LockBar</name>
    <message>
        <location filename="../../src/newsdesk/ui/locks/bar.py" line="+46"/>
        <source>Take over</source>
        <translation>در دست گرفتن</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit the story yourself; the other person&apos;s last text is kept as a revision</source>
        <translation>خودتان مطلب را ویرایش کنید؛ آخرین متن فرد دیگر به‌عنوان یک نسخه نگه داشته می‌شود</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/newsdesk/ui/actions.py" line="+65"/>
        <source>&amp;New story</source>
        <translation>&amp;مطلب تازه</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>D&amp;uplicate story</source>
        <translation>&amp;رونوشت از مطلب</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save now</source>
        <translation>&amp;ذخیره‌ی اکنون</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stories save themselves; this saves at once</source>
        <translation>مطالب خودشان ذخیره می‌شوند؛ این همین حالا ذخیره می‌کند</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move to &amp;trash</source>
        <translation>انتقال به &amp;زباله‌دان</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Restore from trash</source>
        <translation>باز&amp;گردانی از زباله‌دان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close story</source>
        <translation>ب&amp;ستن مطلب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;واگرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;ازنو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>&amp;جستجو…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find &amp;and replace…</source>
        <translation>جستجو و جا&amp;یگزینی…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connect to newsr&amp;oom…</source>
        <translation>اتصال به &amp;تحریریه…</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Go to story &amp;list</source>
        <translation>رفتن به &amp;فهرست مطالب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;editor</source>
        <translation>رفتن به &amp;ویرایشگر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;preview</source>
        <translation>رفتن به &amp;پیش‌نمایش</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search &amp;stories</source>
        <translation>جستجوی &amp;مطالب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Newsdesk</source>
        <translation>&amp;درباره‌ی نیوزدسک</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/main_window.py" line="+112"/>
        <source>Sections</source>
        <translation>بخش‌ها</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Comment queue</source>
        <translation>صف نظرها</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Related links</source>
        <translation>این را هم بخوانید</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>&amp;ویرایش</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Story</source>
        <translation>&amp;مطلب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Comments</source>
        <translation>ن&amp;ظرها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main toolbar</source>
        <translation>نوار ابزار اصلی</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <location filename="../../src/newsdesk/ui/editor/markdown_editor.py" line="+76"/>
        <source>Write the story here, in Markdown.</source>
        <translation>مطلب را این‌جا، به مارک‌داون، بنویسید.</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Not pasted: the story would be %1 characters long, more than a story may hold (%2).</source>
        <translation>چسبانده نشد: مطلب %1 نویسه می‌شد، بیش از آنچه یک مطلب می‌تواند داشته باشد (%2).</translation>
    </message>
</context>
<context>
    <name>MediaDesk</name>
    <message>
        <location filename="../../src/newsdesk/ui/media/desk.py" line="+74"/>
        <source>Media</source>
        <translation>رسانه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add pictures…</source>
        <translation>ا&amp;فزودن تصویر…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Add pictures</source>
        <translation>افزودن تصویر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pictures (%1)</source>
        <translation>تصویرها (%1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Adding pictures…</source>
        <translation>در حال افزودن تصویرها…</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Added %n picture(s) to the library.</source>
        <translation>
            <numerusform>%n تصویر به کتابخانه افزوده شد.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was added: %1</source>
        <translation>چیزی افزوده نشد: %1</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Remove picture</source>
        <translation>حذف تصویر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from the media library?</source>
        <translation>%1 از کتابخانهٔ رسانه حذف شود؟</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <location filename="../../src/newsdesk/ui/media/panel.py" line="+144"/>
        <source>Search captions, credits, creators, file names</source>
        <translation>جست‌وجو در زیرنویس‌ها، اعتبارها، پدیدآورندگان و نام پرونده‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search pictures</source>
        <translation>جست‌وجوی تصویرها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures</source>
        <translation>تصویرها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add pictures…</source>
        <translation>افزودن تصویر…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put in the story</source>
        <translation>گذاشتن در خبر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the story&apos;s lead picture</source>
        <translation>تصویر اصلی خبر شود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the picture&apos;s texts…</source>
        <translation>ویرایش متن‌های تصویر…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from the library</source>
        <translation>حذف از کتابخانه</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n تصویر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Moderation</name>
    <message>
        <location filename="../../src/newsdesk/ui/moderation/__init__.py" line="+45"/>
        <source>&amp;Moderation view</source>
        <translation>نمای &amp;بررسی نظرها</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Switch between the stories and the moderation view (Ctrl+Shift+M)</source>
        <translation>جابه‌جایی میان مطالب و نمای بررسی نظرها (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Go to the comment &amp;queue</source>
        <translation>رفتن به &amp;صف نظرها</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo the last moderation</source>
        <translation>واگرد آخرین بررسی</translation>
    </message>
</context>
<context>
    <name>ModerationAction</name>
    <message>
        <location filename="../../src/newsdesk/ui/vocabulary.py" line="+14"/>
        <source>Approve</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unapprove</source>
        <translation>لغو تأیید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spam</source>
        <translation>هرزنامه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not spam</source>
        <translation>هرزنامه نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trash</source>
        <translation>زباله‌دان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>بازگردانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete permanently</source>
        <translation>حذف همیشگی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation>پاسخ</translation>
    </message>
</context>
<context>
    <name>ModerationPage</name>
    <message>
        <location filename="../../ui/preferences_moderation_page.ui" line="+31"/>
        <source> links or more</source>
        <translation> پیوند یا بیشتر</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+20"/>
        <source>One word or phrase a line</source>
        <translation>هر سطر یک واژه یا عبارت</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Spam</source>
        <translation>هرزنامه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trash</source>
        <translation>زباله‌دان</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Approve comments from authors with an approved comment</source>
        <translation>نظرهای نویسندگانی که نظر تأییدشده دارند را تأیید کن</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Learned filter and trust</source>
        <translation>پالایهٔ آموخته و اعتماد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A filter that learns from the moderators&apos; decisions (approved, spam) scores every comment from 0 to 1. Below the hold score the rules above decide.</source>
        <translation>پالایه‌ای که از تصمیم‌های ناظران (تأیید، هرزنامه) می‌آموزد به هر نظر امتیازی از ۰ تا ۱ می‌دهد. زیر امتیاز نگه‌داشتن، قاعده‌های بالا تصمیم می‌گیرند.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Spam from score:</source>
        <translation>هرزنامه از امتیاز:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Hold from score:</source>
        <translation>نگه‌داشتن از امتیاز:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Trust commenters after:</source>
        <translation>اعتماد به نظردهندگان پس از:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> approved comments</source>
        <translation> نظر تأییدشده</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Commenters with this many approved comments and none in spam are approved without holding.</source>
        <translation>نظردهندگانی که این تعداد نظر تأییدشده و هیچ هرزنامه‌ای ندارند بی‌درنگ تأیید می‌شوند.</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Hold comments with:</source>
        <translation>نگه داشتن نظرهای دارای:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Hold comments containing:</source>
        <translation>نگه داشتن نظرهای شامل:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Block comments containing:</source>
        <translation>مسدود کردن نظرهای شامل:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Blocked comments go to:</source>
        <translation>نظرهای مسدودشده می‌روند به:</translation>
    </message>
</context>
<context>
    <name>ModerationView</name>
    <message numerus="yes">
        <location filename="../../src/newsdesk/ui/moderation/view.py" line="+124"/>
        <source>%n comment(s) from this commenter approved</source>
        <translation>
            <numerusform>%n نظر از این نظردهنده تأیید شد</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewsroomPage</name>
    <message>
        <location filename="../../src/newsdesk/ui/preferences/pages.py" line="-61"/>
        <location line="+21"/>
        <source>Reading the newsroom&apos;s settings…</source>
        <translation>در حال خواندن تنظیمات تحریریه…</translation>
    </message>
</context>
<context>
    <name>NinjsExportDialog</name>
    <message>
        <location filename="../../ui/ninjs_export_dialog.ui" line="+6"/>
        <source>Export IPTC ninjs</source>
        <translation>برون‌برد IPTC ninjs</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Folder to write the ninjs documents into</source>
        <translation>پوشه‌ای که سندهای ninjs در آن نوشته شوند</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a folder…</source>
        <translation>پوشه‌ای برگزینید…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Browse…</source>
        <translation>&amp;مرور…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ninjs version</source>
        <translation>نسخه‌ی ninjs</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/interchange/ninjs_dialog.py" line="+46"/>
        <source>Only the open story, “%1”</source>
        <translation>فقط مطلب باز، «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the open story (none is open)</source>
        <translation>فقط مطلب باز (مطلبی باز نیست)</translation>
    </message>
    <message>
        <location filename="../../ui/ninjs_export_dialog.ui" line="-41"/>
        <source>&amp;Folder:</source>
        <translation>&amp;پوشه:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Version:</source>
        <translation>&amp;نسخه:</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/interchange/ninjs_dialog.py" line="-4"/>
        <source>&amp;Export</source>
        <translation>&amp;برون‌برد</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Folder for the ninjs documents</source>
        <translation>پوشه‌ی سندهای ninjs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the folder to write the documents into.</source>
        <translation>پوشه‌ای را که سندها در آن نوشته شوند برگزینید.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/note_dialog.ui" line="+27"/>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../src/newsdesk/ui/copydesk/notes_panel.py" line="+58"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New note</source>
        <translation>یادداشت تازه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note to the desk (select a passage first to pin the note to it)</source>
        <translation>یادداشتی برای تحریریه (برای پیوستن یادداشت به بخشی از متن، نخست آن را برگزینید)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add note</source>
        <translation>افزودن &amp;یادداشت</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+110"/>
        <source>Reso&amp;lve</source>
        <translation>&amp;حل شد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reo&amp;pen</source>
        <translation>&amp;بازگشایی</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>%1 open of %2</source>
        <translation>%1 باز از %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No notes yet</source>
        <translation>هنوز یادداشتی نیست</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>✓ Resolved by %1</source>
        <translation>✓ حل‌شده توسط %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Click to select the passage in the text</source>
        <translation>برای برگزیدن آن بخش در متن کلیک کنید</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Note not saved: %1</source>
        <translation>یادداشت ذخیره نشد: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The passage this note is about is no longer in the text.</source>
        <translation>بخشی که این یادداشت درباره‌ی آن است دیگر در متن نیست.</translation>
    </message>
</context>
<context>
    <name>OfflineStatusLabel</name>
    <message>
        <location filename="../../src/newsdesk/ui/offline/status_label.py" line="+19"/>
        <source>Offline work</source>
        <translation>کار آفلاین</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 change to sync</source>
        <translation>۱ تغییر برای همگام‌سازی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changes to sync</source>
        <translation>%1 تغییر برای همگام‌سازی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to merge</source>
        <translation>%1 برای ادغام</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Offline — %1</source>
        <translation>آفلاین — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline — all synced</source>
        <translation>آفلاین — همه همگام است</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 stories and %2 comments taken offline from %3.</source>
        <translation>%1 مطلب و %2 نظر از %3 آفلاین برده شد.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last synced %1.</source>
        <translation>آخرین همگام‌سازی %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The newsroom is out of reach; changes wait here.</source>
        <translation>تحریریه در دسترس نیست؛ تغییرات این‌جا منتظر می‌مانند.</translation>
    </message>
</context>
<context>
    <name>OfflineWork</name>
    <message>
        <location filename="../../src/newsdesk/ui/offline/controller.py" line="+145"/>
        <source>Take selected stories &amp;offline</source>
        <translation>بردن مطالب برگزیده به حالت &amp;آفلاین</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy the selected stories, with their history, to this computer</source>
        <translation>رونوشت مطالب برگزیده، همراه با تاریخچه، روی این رایانه</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Take the pending &amp;comments offline</source>
        <translation>بردن &amp;نظرهای در انتظار به حالت آفلاین</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the pending comments</source>
        <translation>نظرهای در انتظار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate the comment queue without a connection</source>
        <translation>بررسی صف نظرها بدون اتصال</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sync with the newsroom</source>
        <translation>&amp;همگام‌سازی با تحریریه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send the changes made offline and fetch the newsroom&apos;s</source>
        <translation>فرستادن تغییرات آفلاین و گرفتن تغییرات تحریریه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync &amp;automatically when the newsroom is reachable</source>
        <translation>همگام‌سازی &amp;خودکار هرگاه تحریریه در دسترس باشد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Resolve sync conflict…</source>
        <translation>&amp;حل تعارض همگام‌سازی…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge a story changed here and in the newsroom in the same place</source>
        <translation>ادغام مطلبی که در یک جا هم این‌جا و هم در تحریریه تغییر کرده است</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Work offline</source>
        <translation>&amp;کار آفلاین</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open this computer&apos;s newsroom, with the stories taken offline</source>
        <translation>باز کردن تحریریه‌ی این رایانه، با مطالب آفلاین‌شده</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back to the newsroom</source>
        <translation>&amp;بازگشت به تحریریه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the newsroom server these stories were taken from</source>
        <translation>باز کردن کارساز تحریریه‌ای که این مطالب از آن برداشته شده‌اند</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Offline</source>
        <translation>&amp;آفلاین</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take a saved &amp;view offline</source>
        <translation>بردن یک نمای &amp;ذخیره‌شده به حالت آفلاین</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Select the stories to take offline first.</source>
        <translation>نخست مطالبی را که باید آفلاین شوند برگزینید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Untitled story</source>
        <translation>مطلب بی‌عنوان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 stories</source>
        <translation>%1 مطلب</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connect to a newsroom server to take stories offline.</source>
        <translation>برای آفلاین کردن مطالب به کارساز تحریریه وصل شوید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Taking %1 offline…</source>
        <translation>در حال آفلاین کردن %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Took %1 offline to this computer</source>
        <translation>%1 روی این رایانه آفلاین شد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Took 1 story offline to this computer</source>
        <translation>۱ مطلب روی این رایانه آفلاین شد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Took %1 stories offline to this computer</source>
        <translation>%1 مطلب روی این رایانه آفلاین شد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 already there (a sync updates them)</source>
        <translation>%1 از پیش این‌جا بود (همگام‌سازی به‌روزشان می‌کند)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 comments to moderate</source>
        <translation>%1 نظر برای بررسی</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Taken offline</source>
        <translation>آفلاین شد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Work on them without a connection in this computer&apos;s newsroom (Offline ▸ Work offline); Sync sends your changes back.</source>
        <translation>بدون اتصال در تحریریه‌ی این رایانه رویشان کار کنید (آفلاین ◂ کار آفلاین)؛ همگام‌سازی تغییرات شما را بازمی‌فرستد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Work offline now</source>
        <translation>&amp;اکنون آفلاین کار کن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stay connected</source>
        <translation>&amp;متصل بمان</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A sync is already running.</source>
        <translation>یک همگام‌سازی در جریان است.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Syncing this computer&apos;s newsroom…</source>
        <translation>در حال همگام‌سازی تحریریه‌ی این رایانه…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing here was taken offline: there is no newsroom to sync with.</source>
        <translation>چیزی این‌جا آفلاین نشده است: تحریریه‌ای برای همگام‌سازی نیست.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Syncing with %1…</source>
        <translation>در حال همگام‌سازی با %1…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Sync by itself failed: %1</source>
        <translation>همگام‌سازی خودکار شکست خورد: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stories that need merging are marked; merge them in this computer&apos;s newsroom (Offline ▸ Work offline).</source>
        <translation>مطالبی که نیاز به ادغام دارند نشانه‌گذاری شده‌اند؛ آن‌ها را در تحریریه‌ی این رایانه ادغام کنید (آفلاین ◂ کار آفلاین).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Merge in this computer&apos;s newsroom</source>
        <translation>ادغام در تحریریه‌ی این رایانه</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No story needs merging.</source>
        <translation>هیچ مطلبی نیاز به ادغام ندارد.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Both versions stay in the history; Offline ▸ Resolve sync conflict… when you are ready.</source>
        <translation>هر دو نسخه در تاریخچه می‌مانند؛ هرگاه آماده بودید: آفلاین ◂ حل تعارض همگام‌سازی…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Merged. The next sync sends it to the newsroom.</source>
        <translation>ادغام شد. همگام‌سازی بعدی آن را به تحریریه می‌فرستد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 more to merge.</source>
        <translation>%1 مورد دیگر برای ادغام.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Newsroom password</source>
        <translation>گذرواژه‌ی تحریریه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password for %1:</source>
        <translation>گذرواژه برای %1:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wait for the running offline work to finish.</source>
        <translation>صبر کنید تا کار آفلاین در جریان به پایان برسد.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Offline work</source>
        <translation>کار آفلاین</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopped. What was done is kept; the next sync finishes the job.</source>
        <translation>متوقف شد. آنچه انجام شده بود می‌ماند؛ همگام‌سازی بعدی کار را تمام می‌کند.</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <location filename="../../ui/people_dialog.ui" line="+36"/>
        <location line="+20"/>
        <source>Login</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+32"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+57"/>
        <source>Roles</source>
        <translation>نقش‌ها</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People and their roles</source>
        <translation>افراد و نقش‌هایشان</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Add person</source>
        <translation>افزودن فرد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save roles</source>
        <translation>ذخیره‌ی نقش‌ها</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/admin/people_dialog.py" line="+64"/>
        <source>Nobody has a login of their own here yet: add the first person below.</source>
        <translation>هنوز کسی این‌جا نام کاربری ندارد: نخستین فرد را در پایین بیفزایید.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Adding…</source>
        <translation>در حال افزودن…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saving roles…</source>
        <translation>در حال ذخیره‌ی نقش‌ها…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no role</source>
        <translation>بدون نقش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>PictureTextsDialog</name>
    <message>
        <location filename="../../src/newsdesk/ui/media/texts_dialog.py" line="+22"/>
        <source>%1 (%2 × %3 pixels)</source>
        <translation>%1 (%2 × %3 پیکسل)</translation>
    </message>
    <message>
        <location filename="../../ui/picture_texts_dialog.ui" line="+14"/>
        <source>Picture texts</source>
        <translation>متن‌های تصویر</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ca&amp;ption:</source>
        <translation>&amp;زیرنویس:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Alt text:</source>
        <translation>متن &amp;جایگزین:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>C&amp;redit:</source>
        <translation>ا&amp;عتبار:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cr&amp;eator:</source>
        <translation>&amp;پدیدآورنده:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cop&amp;yright:</source>
        <translation>حق &amp;نشر:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Usage terms:</source>
        <translation>&amp;شرایط استفاده:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Keywords:</source>
        <translation>&amp;کلیدواژه‌ها:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>comma-separated</source>
        <translation>جدا شده با ویرگول</translation>
    </message>
</context>
<context>
    <name>PlanItemDialog</name>
    <message>
        <location filename="../../src/newsdesk/ui/planning/item_dialog.py" line="+68"/>
        <source>(no section)</source>
        <translation>(بدون بخش)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(nobody yet)</source>
        <translation>(هنوز هیچ‌کس)</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+1"/>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Higher comes first among items due at the same time</source>
        <translation>در میان سوژه‌هایی که موعدشان یکی است، اولویت بالاتر جلوتر می‌آید</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change plan item</source>
        <translation>تغییر سوژه‌ی برنامه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a writer</source>
        <translation>افزودن نویسنده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On it</source>
        <translation>روی آن کار می‌کنند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People on the item: untick to take off</source>
        <translation>افراد روی سوژه: برای برداشتن، تیک را بردارید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untick someone to take them off the item</source>
        <translation>تیک کسی را بردارید تا از سوژه برداشته شود</translation>
    </message>
    <message>
        <location filename="../../ui/plan_item_dialog.ui" line="+14"/>
        <source>New plan item</source>
        <translation>سوژه‌ی تازه‌ی برنامه</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Slug</source>
        <translation>سوژه</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>Slug or working headline</source>
        <translation>سوژه یا تیتر موقت</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>Section</source>
        <translation>بخش</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+10"/>
        <source>Pitch</source>
        <translation>طرح</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+10"/>
        <source>Planned words</source>
        <translation>واژه‌های برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not set</source>
        <translation>تعیین نشده</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Due at</source>
        <translation>موعد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Due time</source>
        <translation>زمان تحویل</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+10"/>
        <source>Writer</source>
        <translation>نویسنده</translation>
    </message>
</context>
<context>
    <name>PlanStatus</name>
    <message>
        <location filename="../../src/newsdesk/ui/planning/budget_model.py" line="-160"/>
        <source>idea</source>
        <translation>ایده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assigned</source>
        <translation>واگذارشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress</source>
        <translation>در دست کار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>filed</source>
        <translation>تحویل‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>published</source>
        <translation>منتشرشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spiked</source>
        <translation>کنارگذاشته</translation>
    </message>
</context>
<context>
    <name>Planning</name>
    <message>
        <location filename="../../src/newsdesk/ui/planning/page.py" line="+29"/>
        <source>&amp;Budget</source>
        <translation>بود&amp;جه‌ی خبری</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Switch between the stories and the day&apos;s budget (Ctrl+Shift+B)</source>
        <translation>جابه‌جایی میان مطلب‌ها و بودجه‌ی خبری روز (Ctrl+Shift+B)</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../src/newsdesk/ui/preferences/__init__.py" line="+32"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;ترجیحات…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preferences (%1)</source>
        <translation>ترجیحات (%1)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/preferences/newsroom_rules.py" line="+82"/>
        <source>Word list: %1.</source>
        <translation>واژه‌نامه: %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Style list, line %1: %2.</source>
        <translation>شیوه‌نامه، سطر %1: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The style list has “%1” twice.</source>
        <translation>«%1» دو بار در شیوه‌نامه آمده است.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The sentence length limit must be at least 1.</source>
        <translation>محدودیت درازای جمله دست‌کم باید ۱ باشد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The headline length limit must be at least 1.</source>
        <translation>محدودیت درازای تیتر دست‌کم باید ۱ باشد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The standfirst length limit must be at least 1.</source>
        <translation>محدودیت درازای لید دست‌کم باید ۱ باشد.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hold comments with at least one link.</source>
        <translation>نظرهای دارای دست‌کم یک پیوند را نگه دارید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The learned filter holds comments at a lower score than it spams them.</source>
        <translation>پالایهٔ آموخته نظرها را در امتیازی پایین‌تر از امتیاز هرزنامه نگه می‌دارد.</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/preferences/settings.py" line="+96"/>
        <source>The autosave delay must be between %1 and %2 seconds (not %3).</source>
        <translation>فاصله‌ی ذخیره‌ی خودکار باید میان %1 و %2 ثانیه باشد (نه %3).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The preview font size must be between %1 and %2 px (not %3).</source>
        <translation>اندازه‌ی قلم پیش‌نمایش باید میان %1 و %2 پیکسل باشد (نه %3).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no spelling dictionary for %1; choose one of %2.</source>
        <translation>برای %1 فرهنگ املایی نیست؛ یکی از %2 را برگزینید.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown theme %1.</source>
        <translation>پوسته‌ی ناشناخته %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Newsdesk cannot be shown in %1; choose one of %2.</source>
        <translation>نیوزدسک را نمی‌توان به %1 نمایش داد؛ یکی از %2 را برگزینید.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>At most %1 agency folders can be watched (not %2).</source>
        <translation>حداکثر %1 پوشهٔ خبرگزاری را می‌توان زیر نظر داشت (نه %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An agency&apos;s name is plain text of at most %1 characters: %2</source>
        <translation>نام خبرگزاری متنی ساده با حداکثر %1 نویسه است: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An agency folder must be a full path, from the root: %1</source>
        <translation>پوشهٔ خبرگزاری باید مسیری کامل از ریشه باشد: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The preview font size must be a whole number of pixels between %1 and %2 (not %3).</source>
        <translation>اندازه‌ی قلم پیش‌نمایش باید عددی درست از پیکسل میان %1 و %2 باشد (نه %3).</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="+14"/>
        <source>Preferences</source>
        <translation>ترجیحات</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preferences pages</source>
        <translation>صفحه‌های ترجیحات</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;General</source>
        <translation>&amp;عمومی</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Writing</source>
        <translation>&amp;نگارش</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Co&amp;py desk</source>
        <translation>&amp;دبیری</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Moderation</source>
        <translation>&amp;بررسی نظرها</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/preferences/dialog.py" line="+128"/>
        <source>no role</source>
        <translation>بدون نقش</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read only: only copy editors, publishers and administrators may change the newsroom&apos;s word list, style list and limits (%1 is: %2).</source>
        <translation>فقط‌خواندنی: تنها ویراستاران، مسئولان انتشار و مدیران می‌توانند واژه‌نامه، شیوه‌نامه و محدودیت‌های تحریریه را تغییر دهند (%1: %2).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Read only: only moderators and administrators may change the comment intake rules (%1 is: %2).</source>
        <translation>فقط‌خواندنی: تنها ناظران و مدیران می‌توانند قواعد پذیرش نظر را تغییر دهند (%1: %2).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The newsroom&apos;s settings could not be read: %1</source>
        <translation>تنظیمات تحریریه خوانده نشد: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Newsdesk now shows in %1.</source>
        <translation>نیوزدسک اکنون به %1 نمایش داده می‌شود.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saving the newsroom&apos;s settings…</source>
        <translation>در حال ذخیره‌ی تنظیمات تحریریه…</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+6"/>
        <source>The newsroom&apos;s settings are saved.</source>
        <translation>تنظیمات تحریریه ذخیره شد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The newsroom&apos;s settings were not saved: %1</source>
        <translation>تنظیمات تحریریه ذخیره نشد: %1</translation>
    </message>
</context>
<context>
    <name>PreviewDiscussion</name>
    <message>
        <location filename="../../src/newsdesk/ui/discussion/__init__.py" line="+32"/>
        <source>&amp;Reply form in the preview</source>
        <translation>فرم پا&amp;سخ در پیش‌نمایش</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <location filename="../../src/newsdesk/ui/preview/view.py" line="-321"/>
        <source>EMBARGOED until %1: not to be published before this time</source>
        <translation>ممنوع‌الانتشار تا %1: پیش از این زمان منتشر نشود</translation>
    </message>
</context>
<context>
    <name>ProgressJob</name>
    <message>
        <location filename="../../src/newsdesk/ui/progress_job.py" line="+51"/>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stopping…</source>
        <translation>در حال توقف…</translation>
    </message>
</context>
<context>
    <name>QueueKeys</name>
    <message>
        <location filename="../../src/newsdesk/ui/panels/comments/keys.py" line="+49"/>
        <source>Next comment</source>
        <translation>نظر بعدی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous comment</source>
        <translation>نظر قبلی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unapprove</source>
        <translation>لغو تأیید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as spam</source>
        <translation>علامت‌گذاری به‌عنوان هرزنامه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not spam</source>
        <translation>هرزنامه نیست</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Move to the trash</source>
        <translation>انتقال به زباله‌دان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete permanently</source>
        <translation>حذف همیشگی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply as the newsroom</source>
        <translation>پاسخ از طرف تحریریه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the comment</source>
        <translation>ویرایش نظر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last moderation</source>
        <translation>واگرد آخرین بررسی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick or untick the comment</source>
        <translation>تیک زدن یا برداشتن تیک نظر</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approve the ticked comments</source>
        <translation>تأیید نظرهای تیک‌خورده</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mark the ticked comments as spam</source>
        <translation>هرزنامه دانستن نظرهای تیک‌خورده</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move the ticked comments to the trash</source>
        <translation>انتقال نظرهای تیک‌خورده به زباله‌دان</translation>
    </message>
</context>
<context>
    <name>RelatedLinksPanel</name>
    <message>
        <location filename="../../src/newsdesk/ui/panels/related_links/panel.py" line="+56"/>
        <source>Check Also links</source>
        <translation>پیوندهای «این را هم بخوانید»</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+94"/>
        <source>No “Check Also” links yet.</source>
        <translation>هنوز پیوند «این را هم بخوانید» نیست.</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Link a story…</source>
        <translation>پیوند به یک مطلب…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link a web page…</source>
        <translation>پیوند به یک صفحه‌ی وب…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>بالا بردن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>پایین بردن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove link</source>
        <translation>حذف پیوند</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>No story open.</source>
        <translation>مطلبی باز نیست.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>An external link needs a title</source>
        <translation>پیوند بیرونی نیاز به عنوان دارد</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../src/newsdesk/ui/vocabulary.py" line="+31"/>
        <source>desk editor</source>
        <translation>نویسنده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy editor</source>
        <translation>ویراستار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>publisher</source>
        <translation>مسئول انتشار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planner</source>
        <translation>برنامه‌ریز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moderator</source>
        <translation>ناظر نظرها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administrator</source>
        <translation>مدیر</translation>
    </message>
</context>
<context>
    <name>SavedView</name>
    <message>
        <location line="-18"/>
        <source>My drafts</source>
        <translation>پیش‌نویس‌های من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy desk queue</source>
        <translation>صف دبیری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In editing</source>
        <translation>در حال ویرایش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready</source>
        <translation>آماده‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published today</source>
        <translation>منتشرشده‌ی امروز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Killed</source>
        <translation>کنارگذاشته‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My assignments</source>
        <translation>مأموریت‌های من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wires</source>
        <translation>خبرگزاری‌ها</translation>
    </message>
</context>
<context>
    <name>SavedViewSelector</name>
    <message>
        <location filename="../../src/newsdesk/ui/articles/saved_views.py" line="+20"/>
        <source>Saved view</source>
        <translation>نمای ذخیره‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved views of the story list</source>
        <translation>نماهای ذخیره‌شده‌ی فهرست مطالب</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+22"/>
        <source>All stories</source>
        <translation>همه‌ی مطالب</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../ui/schedule_dialog.ui" line="+6"/>
        <source>Schedule publication</source>
        <translation>زمان‌بندی انتشار</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Publish the story at:</source>
        <translation>انتشار مطلب در:</translation>
    </message>
</context>
<context>
    <name>SectionTreeWidget</name>
    <message>
        <location filename="../../src/newsdesk/ui/panels/sections/tree_widget.py" line="+23"/>
        <source>Section</source>
        <translation>بخش</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stories</source>
        <translation>مطالب</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Home</source>
        <translation>خانه</translation>
    </message>
</context>
<context>
    <name>SectionsPanel</name>
    <message>
        <location filename="../../src/newsdesk/ui/panels/sections/panel.py" line="+32"/>
        <location line="+59"/>
        <source>Sections</source>
        <translation>بخش‌ها</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>New section…</source>
        <translation>بخش تازه…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rename…</source>
        <translation>تغییر نام…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+83"/>
        <source>Delete section</source>
        <translation>حذف بخش</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>New section</source>
        <translation>بخش تازه</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename section</source>
        <translation>تغییر نام بخش</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>“%1” still holds %n story(ies), the trash included: move them to another section first.</source>
        <translation>
            <numerusform>«%1» هنوز %n مطلب دارد، با سطل زباله: نخست آن‌ها را به بخش دیگری ببرید.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete the section “%s”? Its subsections move up a level.</source>
        <translation>بخش «%s» حذف شود؟ زیربخش‌هایش یک سطح بالا می‌روند.</translation>
    </message>
</context>
<context>
    <name>Separator</name>
    <message>
        <location filename="../../src/newsdesk/ui/locale_format.py" line="+66"/>
        <source> · </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/shortcuts_dialog.ui" line="+14"/>
        <location line="+19"/>
        <source>Keyboard shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Type to filter: a command or a key…</source>
        <translation>برای صافی بنویسید: یک فرمان یا یک کلید…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Filter the shortcuts</source>
        <translation>صافی میان‌برها</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Command</source>
        <translation>فرمان</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keys</source>
        <translation>کلیدها</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No shortcut matches.</source>
        <translation>میان‌بری پیدا نشد.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tab moves within an area, F6 and Shift+F6 go to the next or previous area. The comment queue&apos;s letters act only while its list has the focus.</source>
        <translation>Tab درون یک ناحیه جابه‌جا می‌کند، F6 و Shift+F6 به ناحیه‌ی بعدی یا قبلی می‌روند. حرف‌های صف نظرها فقط وقتی کار می‌کنند که فهرست آن در کانون باشد.</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <location filename="../../src/newsdesk/ui/shortcuts/__init__.py" line="+32"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ne&amp;xt area</source>
        <translation>ناحیه‌ی ب&amp;عدی</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pre&amp;vious area</source>
        <translation>ناحیه‌ی &amp;قبلی</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/shortcuts/catalogue.py" line="+71"/>
        <source>Comment queue (keys of its list)</source>
        <translation>صف نظرها (کلیدهای فهرست آن)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find bar</source>
        <translation>نوار جستجو</translation>
    </message>
</context>
<context>
    <name>SiteExportDialog</name>
    <message>
        <location filename="../../ui/site_export_dialog.ui" line="+6"/>
        <source>Export static site</source>
        <translation>برون‌برد وبگاه ایستا</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Folder to write the site into</source>
        <translation>پوشه‌ای که وبگاه در آن نوشته شود</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a folder…</source>
        <translation>پوشه‌ای برگزینید…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Browse…</source>
        <translation>&amp;مرور…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Site name</source>
        <translation>نام وبگاه</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Se&amp;rved from:</source>
        <translation>&amp;ارائه از:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Address the site is served from</source>
        <translation>نشانی‌ای که وبگاه از آن ارائه می‌شود</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Co&amp;mments post to:</source>
        <translation>ن&amp;ظرها فرستاده شوند به:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Address the comment form posts to</source>
        <translation>نشانی‌ای که فرم نظر به آن می‌فرستد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>https://example.org/comments (optional)</source>
        <translation>https://example.org/comments (اختیاری)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rewrite every file, changed or not</source>
        <translation>بازنویسی همه‌ی پرونده‌ها، تغییرکرده یا نه</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>&amp;Folder:</source>
        <translation>&amp;پوشه:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Site &amp;name:</source>
        <translation>&amp;نام وبگاه:</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/interchange/site_dialog.py" line="+48"/>
        <source>&amp;Export</source>
        <translation>&amp;برون‌برد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder for the static site</source>
        <translation>پوشه‌ی وبگاه ایستا</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the folder to write the site into.</source>
        <translation>پوشه‌ای را که وبگاه در آن نوشته شود برگزینید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site&apos;s address must start with http:// or https://.</source>
        <translation>نشانی وبگاه باید با http:// یا https:// آغاز شود.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The comment form must post to an http(s) address or a path.</source>
        <translation>فرم نظر باید به یک نشانی http(s) یا یک مسیر بفرستد.</translation>
    </message>
</context>
<context>
    <name>StateTabs</name>
    <message>
        <location filename="../../src/newsdesk/ui/panels/comments/filters.py" line="-85"/>
        <source>Comment states</source>
        <translation>وضعیت‌های نظر</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>All</source>
        <translation>همه</translation>
    </message>
</context>
<context>
    <name>StoryPickerDialog</name>
    <message>
        <location filename="../../ui/story_picker_dialog.ui" line="+14"/>
        <source>Link a story</source>
        <translation>پیوند به یک مطلب</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Words from the headline or text…</source>
        <translation>واژه‌هایی از تیتر یا متن…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Search stories to link</source>
        <translation>جستجوی مطالب برای پیوند</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Matching stories</source>
        <translation>مطالب یافته‌شده</translation>
    </message>
</context>
<context>
    <name>SyncReport</name>
    <message>
        <location filename="../../src/newsdesk/ui/offline/report_dialog.py" line="+24"/>
        <source>Synced: nothing to do, both sides agree.</source>
        <translation>همگام شد: کاری نمانده، دو طرف یکی‌اند.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent</source>
        <translation>%1 فرستاده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 received</source>
        <translation>%1 دریافت‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 merged</source>
        <translation>%1 ادغام‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 new in the newsroom</source>
        <translation>%1 تازه در تحریریه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 deleted</source>
        <translation>%1 حذف‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 comment decisions</source>
        <translation>%1 تصمیم دربارهٔ نظرها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 need merging</source>
        <translation>%1 نیازمند ادغام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 refused</source>
        <translation>%1 ردشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 plan items sent</source>
        <translation>%1 قلم برنامه فرستاده</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 plan items received</source>
        <translation>%1 قلم برنامه دریافت‌شده</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Synced: %1.</source>
        <translation>همگام شد: %1.</translation>
    </message>
</context>
<context>
    <name>SyncReportDialog</name>
    <message>
        <location filename="../../ui/sync_report_dialog.ui" line="+14"/>
        <source>Sync with the newsroom</source>
        <translation>همگام‌سازی با تحریریه</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What the sync changed</source>
        <translation>آنچه همگام‌سازی تغییر داد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What</source>
        <translation>چه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/offline/report_dialog.py" line="+46"/>
        <source>&amp;Resolve now…</source>
        <translation>&amp;اکنون حل کن…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Need merging: both sides changed the same place</source>
        <translation>نیاز به ادغام: هر دو سو یک جا را تغییر دادند</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Both versions are kept; double-click to merge</source>
        <translation>هر دو نسخه نگه داشته می‌شوند؛ برای ادغام دوبار کلیک کنید</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Web addresses changed (the slug was taken)</source>
        <translation>نشانی‌های وب تغییر کرد (نامک گرفته شده بود)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is now %2</source>
        <translation>%1 اکنون %2 است</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your moderation decisions that lost (already moderated)</source>
        <translation>تصمیم‌های بررسی شما که کنار رفتند (پیش‌تر بررسی شده بود)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>someone in the newsroom</source>
        <translation>کسی در تحریریه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>you: %1 · newsroom: %2 (by %3)</source>
        <translation>شما: %1 · تحریریه: %2 (توسط %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refused by the newsroom</source>
        <translation>ردشده توسط تحریریه</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>wanted %1, kept %2: %3</source>
        <translation>خواسته %1، نگه‌داشته %2: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kept rather than lost</source>
        <translation>نگه داشته شد تا از دست نرود</translation>
    </message>
</context>
<context>
    <name>TrashActions</name>
    <message>
        <location filename="../../src/newsdesk/ui/articles/trash_actions.py" line="+43"/>
        <source>Select a story to move to the trash.</source>
        <translation>مطلبی را برای رفتن به زباله‌دان برگزینید.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Moved %1 to the trash.</source>
        <translation>%1 به زباله‌دان رفت.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trashed stories are in the Trash view.</source>
        <translation>مطلب‌های زباله‌دان در نمای زباله‌دان هستند.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Trashed stories are in the Trash view: choose Trash in the status filter, select them, then Restore (Ctrl+Shift+R).</source>
        <translation>مطلب‌های زباله‌دان در نمای زباله‌دان هستند: در صافی وضعیت «زباله‌دان» را برگزینید، آن‌ها را انتخاب کنید، سپس «بازگردانی از زباله‌دان» (Ctrl+Shift+R).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select the stories to restore.</source>
        <translation>مطلب‌هایی را که باید بازگردانده شوند برگزینید.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restored %1.</source>
        <translation>%1 بازگردانده شد.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Untitled story</source>
        <translation>مطلب بی‌عنوان</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n story(ies)</source>
        <translation>
            <numerusform>%n مطلب</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserPickerDialog</name>
    <message>
        <location filename="../../ui/user_picker_dialog.ui" line="+14"/>
        <source>Switch user</source>
        <translation>تغییر کاربر</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Work as another member of the desk on this local database (a shared database signs you in instead).</source>
        <translation>کار به‌جای یکی دیگر از اعضای تحریریه روی این پایگاه داده‌ی محلی (پایگاه داده‌ی مشترک خودش شما را وارد می‌کند).</translation>
    </message>
</context>
<context>
    <name>UserSwitcher</name>
    <message>
        <location filename="../../src/newsdesk/ui/copydesk/user_switcher.py" line="+32"/>
        <source>no role</source>
        <translation>بدون نقش</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>S&amp;witch user…</source>
        <translation>تغییر &amp;کاربر…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work as another member of the desk</source>
        <translation>کار به‌جای یکی دیگر از اعضای تحریریه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A shared database signs you in; no switching</source>
        <translation>پایگاه داده‌ی مشترک شما را وارد می‌کند؛ تغییر کاربر ممکن نیست</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who you are working as</source>
        <translation>با نام چه کسی کار می‌کنید</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>You are now working as %1.</source>
        <translation>اکنون با نام %1 کار می‌کنید.</translation>
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
        <translation>پیوند به یک صفحه‌ی وب</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Address:</source>
        <translation>&amp;نشانی:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Title:</source>
        <translation>&amp;عنوان:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Summary:</source>
        <translation>&amp;خلاصه:</translation>
    </message>
</context>
<context>
    <name>WireTableModel</name>
    <message>
        <location filename="../../src/newsdesk/ui/wires/model.py" line="+48"/>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>خبرگزاری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgency</source>
        <translation>فوریت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slugline</source>
        <translation>کلیدواژه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headline</source>
        <translation>تیتر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>نسخه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Withdrawn</source>
        <translation>پس‌گرفته</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corrected</source>
        <translation>اصلاح‌شده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withheld</source>
        <translation>معلق</translation>
    </message>
</context>
<context>
    <name>Wires</name>
    <message>
        <location filename="../../src/newsdesk/ui/wires/__init__.py" line="+60"/>
        <source>&amp;Wires view</source>
        <translation>نمای &amp;خبرگزاری‌ها</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Switch between the stories and the agency wires (Ctrl+Shift+W)</source>
        <translation>جابه‌جایی میان خبرها و خبرهای خبرگزاری‌ها (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare with the &amp;wire</source>
        <translation>مقایسه با خبر &amp;خبرگزاری</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>A draft of “%1”, crediting %2: Ctrl+Alt+W compares it with the wire</source>
        <translation>پیش‌نویسی از «%1» به نام %2: Ctrl+Alt+W آن را با خبر خبرگزاری مقایسه می‌کند</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+81"/>
        <source>the agency</source>
        <translation>خبرگزاری</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Open a story rewritten from the wire to compare it</source>
        <translation>برای مقایسه، خبری را که از خبرگزاری بازنویسی شده باز کنید</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” was not rewritten from a wire item</source>
        <translation>«%1» از خبر خبرگزاری بازنویسی نشده است</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>%1 version %2</source>
        <translation>%1، نسخهٔ %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the %1 wire</source>
        <translation>خبر %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your story</source>
        <translation>خبر شما</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 withdrew the item this story was written from</source>
        <translation>%1 خبری را که این خبر از آن نوشته شده پس گرفت</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 withdrew the item “%2” was written from</source>
        <translation>%1 خبری را که «%2» از آن نوشته شده پس گرفت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 story you rewrote was corrected (“%2”): compare</source>
        <translation>خبر %1 که بازنویسی کردید اصلاح شد («%2»): مقایسه کنید</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 story you rewrote was updated (“%2”): compare</source>
        <translation>خبر %1 که بازنویسی کردید به‌روز شد («%2»): مقایسه کنید</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 wire item(s) came in from the agency folders</source>
        <translation>%1 خبر از پوشه‌های خبرگزاری‌ها رسید</translation>
    </message>
</context>
<context>
    <name>WiresView</name>
    <message>
        <location filename="../../src/newsdesk/ui/wires/view.py" line="+88"/>
        <source>&amp;Agency:</source>
        <translation>&amp;خبرگزاری:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rewrite</source>
        <translation>&amp;بازنویسی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A draft of this item, crediting the agency and linked to the item</source>
        <translation>پیش‌نویسی از این خبر، به نام خبرگزاری و پیوندخورده به آن</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+43"/>
        <source>All agencies</source>
        <translation>همهٔ خبرگزاری‌ها</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>No agency copy yet. Name the folders where agencies drop their ninjs or NewsML-G2 files in Preferences ▸ General ▸ Agency folders, or take files in with “newsdesk import ninjs FILE” or “newsdesk import newsml FILE”.</source>
        <translation>هنوز خبری از خبرگزاری‌ها نرسیده است. پوشه‌هایی را که خبرگزاری‌ها پرونده‌های ninjs یا NewsML-G2 خود را در آن‌ها می‌گذارند در ترجیحات ▸ عمومی ▸ پوشه‌های خبرگزاری‌ها نام ببرید، یا پرونده‌ها را با «newsdesk import ninjs FILE» یا «newsdesk import newsml FILE» وارد کنید.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Version %1, the only one</source>
        <translation>نسخهٔ %1، تنها نسخه</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Versions received, newest first: %1</source>
        <translation>نسخه‌های دریافتی، تازه‌ترین نخست: %1</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <location filename="../../src/newsdesk/ui/workbench.py" line="+303"/>
        <source>New story</source>
        <translation>مطلب تازه</translation>
    </message>
</context>
<context>
    <name>WorkflowActions</name>
    <message>
        <location filename="../../src/newsdesk/ui/copydesk/workflow_actions.py" line="+28"/>
        <source>&amp;Submit to the copy desk</source>
        <translation>&amp;ارسال به دبیری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit</source>
        <translation>ارسال</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Take for editing</source>
        <translation>&amp;برداشتن برای ویرایش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take</source>
        <translation>برداشتن</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send &amp;back to the writer…</source>
        <translation>&amp;بازگرداندن به نویسنده…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send back</source>
        <translation>بازگرداندن</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pass as &amp;ready</source>
        <translation>تأیید به‌عنوان &amp;آماده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass as ready</source>
        <translation>آماده است</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Publish</source>
        <translation>&amp;انتشار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish</source>
        <translation>انتشار</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sc&amp;hedule publication…</source>
        <translation>&amp;زمان‌بندی انتشار…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation>زمان‌بندی</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kill the story…</source>
        <translation>&amp;کنار گذاشتن مطلب…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kill</source>
        <translation>کنار گذاشتن</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publish a corr&amp;ection…</source>
        <translation>انتشار &amp;اصلاحیه…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct</source>
        <translation>اصلاحیه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;vive as a draft</source>
        <translation>بازگرداندن به &amp;پیش‌نویس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revive</source>
        <translation>بازگرداندن</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a draft</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submitted</source>
        <translation>ارسال‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in editing</source>
        <translation>در حال ویرایش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready</source>
        <translation>آماده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>published</source>
        <translation>منتشرشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent back</source>
        <translation>بازگشته به نویسنده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>killed</source>
        <translation>کنارگذاشته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>corrected</source>
        <translation>اصلاح‌شده</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Workflow</source>
        <translation>گردش کار</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Send back to the writer</source>
        <translation>بازگرداندن به نویسنده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell the writer what to change (they see this note):</source>
        <translation>به نویسنده بگویید چه چیزی را تغییر دهد (این یادداشت را می‌بیند):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Publish a correction</source>
        <translation>انتشار اصلاحیه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The correction note, shown on the published page:</source>
        <translation>یادداشت اصلاحیه، که در صفحه‌ی منتشرشده نمایش داده می‌شود:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kill the story</source>
        <translation>کنار گذاشتن مطلب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kill “%1”? It leaves every queue (a publisher can revive it).</source>
        <translation>«%1» کنار گذاشته شود؟ از همه‌ی صف‌ها بیرون می‌رود (مسئول انتشار می‌تواند آن را بازگرداند).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>New story</source>
        <translation>مطلب تازه</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: done. “%3” is now %2.</source>
        <translation>%1: انجام شد. «%3» اکنون %2 است.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: not done</source>
        <translation>%1: انجام نشد</translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <location filename="../../src/newsdesk/ui/workspaces/controller.py" line="+58"/>
        <source>&amp;Write</source>
        <translation>&amp;نوشتن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy desk</source>
        <translation>&amp;دبیری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Moderation</source>
        <translation>&amp;بررسی نظرها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wi&amp;res</source>
        <translation>&amp;خبرگزاری‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Budget</source>
        <translation>بود&amp;جه‌ی خبری</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>&amp;Focus mode</source>
        <translation>حالت &amp;تمرکز</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leave focus mode</source>
        <translation>خروج از حالت تمرکز</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wor&amp;kspace</source>
        <translation>فضای &amp;کار</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workspaces</source>
        <translation>فضاهای کار</translation>
    </message>
</context>
<context>
    <name>WritingPage</name>
    <message>
        <location filename="../../ui/preferences_writing_page.ui" line="+22"/>
        <source>Each story&apos;s own language</source>
        <translation>زبان خود هر مطلب</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Newsroom word list</source>
        <translation>واژه‌نامه‌ی تحریریه</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A word the spell check should accept</source>
        <translation>واژه‌ای که بررسی املا باید بپذیرد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A&amp;dd</source>
        <translation>اف&amp;زودن</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>New word for the word list</source>
        <translation>واژه‌ی تازه برای واژه‌نامه</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Remove</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Check &amp;spelling in:</source>
        <translation>بررسی &amp;املا به زبان:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Newsroom word list (accepted in every story)</source>
        <translation>واژه‌نامه‌ی تحریریه (در همه‌ی مطالب پذیرفته است)</translation>
    </message>
    <message>
        <location filename="../../src/newsdesk/ui/preferences/pages.py" line="+96"/>
        <source>Word list: %1.</source>
        <translation>واژه‌نامه: %1.</translation>
    </message>
</context>
</TS>
