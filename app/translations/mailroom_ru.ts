<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ArchiveView</name>
    <message>
        <location filename="../gui/archive_retention.py" line="101" />
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../gui/archive_retention.py" line="106" />
        <location filename="../gui/archive_view.py" line="172" />
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../gui/archive_retention.py" line="107" />
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <location filename="../gui/archive_retention.py" line="108" />
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../gui/archive_retention.py" line="109" />
        <location filename="../gui/archive_view.py" line="140" />
        <source>Retention</source>
        <translation>Срок хранения</translation>
    </message>
    <message>
        <location filename="../gui/archive_retention.py" line="110" />
        <location filename="../gui/archive_view.py" line="158" />
        <source>Destroy from</source>
        <translation>Уничтожить с</translation>
    </message>
    <message>
        <location filename="../gui/archive_retention.py" line="111" />
        <location filename="../gui/archive_retention.py" line="128" />
        <source>Pages</source>
        <translation>Страниц</translation>
    </message>
    <message>
        <location filename="../gui/archive_retention.py" line="116" />
        <source>Create destruction act</source>
        <translation>Создать акт об уничтожении</translation>
    </message>
    <message>
        <location filename="../gui/archive_retention.py" line="118" />
        <source>A draft act of the listed letters; nothing is destroyed yet</source>
        <translation>Черновик акта по перечисленным письмам; пока ничего не уничтожается</translation>
    </message>
    <message>
        <location filename="../gui/archive_retention.py" line="124" />
        <source>Act</source>
        <translation>Акт</translation>
    </message>
    <message>
        <location filename="../gui/archive_retention.py" line="125" />
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../gui/archive_retention.py" line="126" />
        <source>As of</source>
        <translation>На дату</translation>
    </message>
    <message>
        <location filename="../gui/archive_retention.py" line="127" />
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <location filename="../gui/archive_retention.py" line="134" />
        <source>Save act PDF…</source>
        <translation>Сохранить PDF акта…</translation>
    </message>
    <message>
        <location filename="../gui/archive_retention.py" line="136" />
        <source>Cancel act</source>
        <translation>Отменить акт</translation>
    </message>
    <message>
        <location filename="../gui/archive_retention.py" line="138" />
        <source>Confirm act…</source>
        <translation>Утвердить акт…</translation>
    </message>
    <message>
        <location filename="../gui/archive_retention.py" line="142" />
        <source>Due for destruction on:</source>
        <translation>К уничтожению на:</translation>
    </message>
    <message>
        <location filename="../gui/archive_retention.py" line="154" />
        <source>Destruction acts</source>
        <translation>Акты об уничтожении</translation>
    </message>
    <message>
        <location filename="../gui/archive_retention.py" line="166" />
        <source>Reading the retention list</source>
        <translation>Чтение списка хранения</translation>
    </message>
    <message>
        <location filename="../gui/archive_retention.py" line="196" />
        <source>Due for destruction on {0}: {1} letters.</source>
        <translation>Подлежат уничтожению на {0}: писем — {1}.</translation>
    </message>
    <message>
        <location filename="../gui/archive_retention.py" line="229" />
        <source>Drafting a destruction act</source>
        <translation>Составление акта об уничтожении</translation>
    </message>
    <message>
        <location filename="../gui/archive_retention.py" line="233" />
        <source>Draft act {0}: {1} letters, {2} pages. Nothing is destroyed yet.</source>
        <translation>Проект акта {0}: писем — {1}, листов — {2}. Пока ничего не уничтожено.</translation>
    </message>
    <message>
        <location filename="../gui/archive_retention.py" line="245" />
        <source>Cancelling the act</source>
        <translation>Отмена акта</translation>
    </message>
    <message>
        <location filename="../gui/archive_retention.py" line="249" />
        <source>Act {0} cancelled.</source>
        <translation>Акт {0} отменён.</translation>
    </message>
    <message>
        <location filename="../gui/archive_retention.py" line="260" />
        <source>Confirm act {0}</source>
        <translation>Утверждение акта {0}</translation>
    </message>
    <message>
        <location filename="../gui/archive_retention.py" line="261" />
        <source>Confirm act {0} and destroy {1} letters? This cannot be undone: their scans and personal data are removed; a tombstone of each registration record stays.</source>
        <translation>Утвердить акт {0} и уничтожить писем: {1}? Это необратимо: скан-образы и персональные данные удаляются; от каждой регистрационной записи остаётся учётная запись об уничтожении.</translation>
    </message>
    <message>
        <location filename="../gui/archive_retention.py" line="270" />
        <source>Destroy</source>
        <translation>Уничтожить</translation>
    </message>
    <message>
        <location filename="../gui/archive_retention.py" line="271" />
        <source>Do not</source>
        <translation>Не уничтожать</translation>
    </message>
    <message>
        <location filename="../gui/archive_retention.py" line="280" />
        <source>Destroying by the act</source>
        <translation>Уничтожение по акту</translation>
    </message>
    <message>
        <location filename="../gui/archive_retention.py" line="285" />
        <source>Act {0} confirmed: {1} letters destroyed, {2} files deleted.</source>
        <translation>Акт {0} утверждён: уничтожено писем — {1}, удалено файлов — {2}.</translation>
    </message>
    <message>
        <location filename="../gui/archive_retention.py" line="299" />
        <source>Save act PDF</source>
        <translation>Сохранить PDF акта</translation>
    </message>
    <message>
        <location filename="../gui/archive_retention.py" line="301" />
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../gui/archive_retention.py" line="306" />
        <source>Saving the act PDF</source>
        <translation>Сохранение PDF акта</translation>
    </message>
    <message>
        <location filename="../gui/archive_retention.py" line="310" />
        <source>Act saved to {0}.</source>
        <translation>Акт сохранён в {0}.</translation>
    </message>
    <message>
        <location filename="../gui/archive_retention.py" line="315" />
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <location filename="../gui/archive_retention.py" line="316" />
        <source>confirmed</source>
        <translation>утверждён</translation>
    </message>
    <message>
        <location filename="../gui/archive_retention.py" line="317" />
        <source>cancelled</source>
        <translation>отменён</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="55" />
        <source>Only an archivist or administrator may do this.</source>
        <translation>Это может сделать только архивариус или администратор.</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="56" />
        <source>No such heading in the nomenclature: {0}</source>
        <translation>В номенклатуре нет такого дела: {0}</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="57" />
        <source>No letter with the number {0}.</source>
        <translation>Нет письма с номером {0}.</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="58" />
        <source>Letter {0} is not closed yet and cannot be filed.</source>
        <translation>Письмо {0} ещё не закрыто, подшить его в дело нельзя.</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="59" />
        <source>Letter {0} was destroyed by an act.</source>
        <translation>Письмо {0} уничтожено по акту.</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="60" />
        <source>Nothing is due for destruction on {0}.</source>
        <translation>На {0} нет документов, подлежащих уничтожению.</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="61" />
        <source>No act with the number {0}.</source>
        <translation>Нет акта с номером {0}.</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="62" />
        <source>Act {0} is not a draft any more.</source>
        <translation>Акт {0} уже не является проектом.</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="139" />
        <source>Index</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="141" />
        <source>ЭПК</source>
        <translation>ЭПК</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="142" />
        <source>Title and basis</source>
        <translation>Заголовок и основание</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="148" />
        <source>Choose a heading to see its cases</source>
        <translation>Выберите заголовок, чтобы увидеть его дела</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="151" />
        <source>Choose a heading to see its cases.</source>
        <translation>Выберите заголовок, чтобы увидеть его дела.</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="156" />
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="157" />
        <source>Letters filed</source>
        <translation>Подшито писем</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="159" />
        <source>In an act</source>
        <translation>В акте</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="164" />
        <source>Choose a case to see its letters</source>
        <translation>Выберите дело, чтобы увидеть его письма</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="167" />
        <location filename="../gui/archive_view.py" line="294" />
        <location filename="../gui/archive_view.py" line="339" />
        <source>Choose a case to see its letters.</source>
        <translation>Выберите дело, чтобы увидеть его письма.</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="173" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="174" />
        <source>Sender</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="175" />
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="176" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="177" />
        <source>Scans</source>
        <translation>Скан-образы</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="183" />
        <source>Double-click a letter or press Enter to open its card</source>
        <translation>Дважды щёлкните письмо или нажмите Enter, чтобы открыть его карточку</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="192" />
        <source>year of registration</source>
        <translation>год регистрации</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="197" />
        <source>Registration numbers of closed letters, one per line</source>
        <translation>Регистрационные номера закрытых писем, по одному в строке</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="200" />
        <source>File closed letters</source>
        <translation>Подшить закрытые письма</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="202" />
        <source>File the listed closed letters into the chosen case</source>
        <translation>Подшить перечисленные закрытые письма в выбранное дело</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="206" />
        <source>A case of year Y kept N years may be destroyed from 1 January of Y + N + 1.</source>
        <translation>Дело года Y со сроком хранения N лет может быть уничтожено с 1 января года Y + N + 1.</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="232" />
        <source>Case:</source>
        <translation>Дело:</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="233" />
        <source>Year of the case:</source>
        <translation>Год дела:</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="234" />
        <source>Letters:</source>
        <translation>Письма:</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="259" />
        <source>(the article is to be verified)</source>
        <translation>(номер статьи требует проверки)</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="456" />
        <source>Letters filed: {0}.</source>
        <translation>Подшито писем: {0}.</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="216" />
        <source>Nomenclature of cases</source>
        <translation>Номенклатура дел</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="245" />
        <source>Reading the nomenclature</source>
        <translation>Чтение номенклатуры</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="253" />
        <source>By the journal (default heading)</source>
        <translation>По журналу (заголовок по умолчанию)</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="256" />
        <location filename="../gui/archive_view.py" line="321" />
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="273" />
        <source>{0} headings.</source>
        <translation>Заголовков: {0}.</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="302" />
        <source>Reading the cases of {0}…</source>
        <translation>Чтение дел по заголовку {0}…</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="304" />
        <source>Reading the cases</source>
        <translation>Чтение дел</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="314" />
        <source>kept permanently</source>
        <translation>хранится постоянно</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="315" />
        <source>{0} ({1} destroyed)</source>
        <translation>{0} (уничтожено {1})</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="329" />
        <source>Cases of {0} by year: {1}.</source>
        <translation>Дела по заголовку {0} по годам: {1}.</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="331" />
        <source>No cases of {0} yet: file letters into it below.</source>
        <translation>Дел по заголовку {0} пока нет: подшейте в него письма ниже.</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="354" />
        <source>Reading case {0} of {1}…</source>
        <translation>Чтение дела {0} за {1} год…</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="358" />
        <source>Reading the letters of a case</source>
        <translation>Чтение писем дела</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="367" />
        <source>Destroyed: only the registration record is left</source>
        <translation>Уничтожено: осталась только регистрационная запись</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="372" />
        <source>Destroyed</source>
        <translation>Уничтожено</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="373" />
        <source>destroyed, act {0}</source>
        <translation>уничтожены, акт {0}</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="376" />
        <source>kept</source>
        <translation>хранятся</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="378" />
        <source>kept, draft act {0}</source>
        <translation>в проекте акта {0}</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="380" />
        <source>kept, act {0}</source>
        <translation>в акте {0}</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="392" />
        <source>Case {0} of {1}: {2} letters, kept permanently.</source>
        <translation>Дело {0} за {1} год — писем: {2}, хранится постоянно.</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="394" />
        <source>Case {0} of {1}: {2} letters, may be destroyed from {3}.</source>
        <translation>Дело {0} за {1} год — писем: {2}, может быть уничтожено с {3}.</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="429" />
        <source>Letters ready to file: {0}. Choose the case and press “{1}”.</source>
        <translation>Писем к подшивке: {0}. Выберите дело и нажмите «{1}».</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="440" />
        <source>List the registration numbers first.</source>
        <translation>Сначала перечислите регистрационные номера.</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="443" />
        <source>Filing letters</source>
        <translation>Подшивка писем</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="450" />
        <source>{0}: case {1} of {2}, kept permanently</source>
        <translation>{0}: дело {1} за {2} год, хранится постоянно</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="452" />
        <source>{0}: case {1} of {2}, may be destroyed from {3}</source>
        <translation>{0}: дело {1} за {2} год, может быть уничтожено с {3}</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="512" />
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../gui/archive_view.py" line="513" />
        <source>Retention and destruction</source>
        <translation>Хранение и уничтожение</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../gui/audit_view.py" line="67" />
        <source>signed in</source>
        <translation>вход в программу</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="68" />
        <source>sign-in failed</source>
        <translation>неудачная попытка входа</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="69" />
        <source>signed in as the computer's user</source>
        <translation>вход под пользователем компьютера</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="70" />
        <source>user created</source>
        <translation>пользователь создан</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="71" />
        <source>user changed</source>
        <translation>пользователь изменён</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="72" />
        <source>own password changed</source>
        <translation>пользователь сменил свой пароль</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="73" />
        <source>administrator created</source>
        <translation>создан администратор</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="74" />
        <source>department saved</source>
        <translation>отдел сохранён</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="75" />
        <source>sign-on with the computer's user switched</source>
        <translation>переключён вход под пользователем компьютера</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="76" />
        <source>company requisites changed</source>
        <translation>изменены реквизиты организации</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="77" />
        <source>number format changed</source>
        <translation>изменён формат номера</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="78" />
        <source>card opened</source>
        <translation>карточка открыта</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="79" />
        <source>consumer card opened</source>
        <translation>открыта карточка потребителя</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="80" />
        <source>searched</source>
        <translation>поиск</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="81" />
        <source>register exported</source>
        <translation>выгрузка реестра</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="82" />
        <source>audit extract exported</source>
        <translation>выгрузка выписки из журнала аудита</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="83" />
        <source>consumer registry imported</source>
        <translation>загружен реестр потребителей</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="84" />
        <source>journal printed</source>
        <translation>печать журнала</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="85" />
        <source>reply printed</source>
        <translation>печать ответа</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="86" />
        <source>envelopes printed</source>
        <translation>печать конвертов</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="96" />
        <source>All actions</source>
        <translation>Все действия</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="97" />
        <source>Signing in</source>
        <translation>Вход в программу</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="98" />
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="99" />
        <source>Page changes</source>
        <translation>Изменения страниц</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="100" />
        <source>Replies</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="101" />
        <source>Searches</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="102" />
        <source>Prints</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="103" />
        <source>Archive</source>
        <translation>Архив</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="104" />
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="105" />
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="106" />
        <source>Audit extracts</source>
        <translation>Выписки из журнала аудита</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="112" />
        <source>letter</source>
        <translation>письмо</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="113" />
        <source>letters</source>
        <translation>письма</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="114" />
        <source>consumer</source>
        <translation>потребитель</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="115" />
        <source>user</source>
        <translation>пользователь</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="116" />
        <location filename="../gui/audit_view.py" line="136" />
        <source>department</source>
        <translation>отдел</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="117" />
        <source>setting</source>
        <translation>настройка</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="118" />
        <source>journal</source>
        <translation>журнал</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="119" />
        <source>reply</source>
        <translation>ответ</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="120" />
        <source>calendar</source>
        <translation>календарь</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="121" />
        <source>audit log</source>
        <translation>журнал аудита</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="133" />
        <source>login</source>
        <translation>логин</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="134" />
        <source>full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="135" />
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="137" />
        <source>active</source>
        <translation>действует</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="138" />
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="139" />
        <source>password</source>
        <translation>пароль</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="140" />
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="141" />
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="142" />
        <source>on</source>
        <translation>включено</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="143" />
        <source>reason</source>
        <translation>причина</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="144" />
        <source>query</source>
        <translation>запрос</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="145" />
        <source>card version</source>
        <translation>версия карточки</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="146" />
        <source>due date</source>
        <translation>срок ответа</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="147" />
        <source>control date</source>
        <translation>контрольный срок</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="148" />
        <source>deadline rule</source>
        <translation>правило срока</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="149" />
        <source>entries</source>
        <translation>записей</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="150" />
        <source>format</source>
        <translation>формат</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="151" />
        <source>filter</source>
        <translation>отбор</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="162" />
        <source>wrong password</source>
        <translation>неверный пароль</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="163" />
        <source>unknown login</source>
        <translation>неизвестный логин</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="164" />
        <source>the user is blocked</source>
        <translation>пользователь заблокирован</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="278" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="279" />
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="280" />
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="281" />
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="282" />
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="329" />
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="333" />
        <source>All users</source>
        <translation>Все пользователи</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="340" />
        <source>Pick a group or type an action code, e.g. letter.accept; a code ending with a dot takes the whole group.</source>
        <translation>Выберите группу или введите код действия, например letter.accept; код с точкой на конце выбирает всю группу.</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="347" />
        <source>All objects</source>
        <translation>Все объекты</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="351" />
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="355" />
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="356" />
        <source>Apply the filters (Enter)</source>
        <translation>Применить отбор (Enter)</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="358" />
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="360" />
        <source>Export extract…</source>
        <translation>Выгрузить выписку…</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="362" />
        <source>Write every entry matching the filters to a CSV or JSON lines file (e.g. for a destruction act)</source>
        <translation>Записать все записи, подходящие под отбор, в файл CSV или JSON lines (например, для акта об уничтожении)</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="381" />
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="383" />
        <source>Action:</source>
        <translation>Действие:</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="385" />
        <source>Object:</source>
        <translation>Объект:</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="390" />
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="392" />
        <source>To:</source>
        <translation>По:</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="429" />
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="430" />
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="431" />
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="527" />
        <source>No entries match the filters.</source>
        <translation>Под отбор не подходит ни одна запись.</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="529" />
        <source>The newest {0} entries; narrow the filters to see older ones.</source>
        <translation>Последние {0} записей; уточните отбор, чтобы увидеть более ранние.</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="533" />
        <source>Entries: {0}</source>
        <translation>Записей: {0}</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="558" />
        <source>The audit log cannot be read: {0}</source>
        <translation>Не удаётся прочитать журнал аудита: {0}</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="567" />
        <source>Select an entry to see its details.</source>
        <translation>Выберите запись, чтобы увидеть подробности.</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="572" />
        <source>{0}, {1}: {2} — {3}</source>
        <translation>{0}, {1}: {2} — {3}</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="591" />
        <source>CSV table (*.csv)</source>
        <translation>Таблица CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="592" />
        <source>JSON lines (*.jsonl)</source>
        <translation>Строки JSON (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="596" />
        <source>Export an audit extract</source>
        <translation>Выгрузка выписки из журнала аудита</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="611" />
        <source>Exporting an audit extract</source>
        <translation>Выгрузка выписки из журнала аудита</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="622" />
        <source>Audit extract</source>
        <translation>Выписка из журнала аудита</translation>
    </message>
    <message>
        <location filename="../gui/audit_view.py" line="629" />
        <source>{0} entries written to {1}.</source>
        <translation>Записей выгружено: {0}, файл {1}.</translation>
    </message>
</context>
<context>
    <name>Candidates</name>
    <message>
        <location filename="../gui/verification/candidates.py" line="32" />
        <source>agrees with the letter</source>
        <translation>совпадает с письмом</translation>
    </message>
    <message>
        <location filename="../gui/verification/candidates.py" line="33" />
        <source>partly agrees with the letter</source>
        <translation>частично совпадает с письмом</translation>
    </message>
    <message>
        <location filename="../gui/verification/candidates.py" line="34" />
        <source>differs from the letter</source>
        <translation>не совпадает с письмом</translation>
    </message>
    <message>
        <location filename="../gui/verification/candidates.py" line="35" />
        <source>nothing to compare</source>
        <translation>сравнивать не с чем</translation>
    </message>
    <message>
        <location filename="../gui/verification/candidates.py" line="88" />
        <source>Key</source>
        <translation>Клавиша</translation>
    </message>
    <message>
        <location filename="../gui/verification/candidates.py" line="89" />
        <source>Account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <location filename="../gui/verification/candidates.py" line="90" />
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../gui/verification/candidates.py" line="91" />
        <source>Name in the registry</source>
        <translation>ФИО в реестре</translation>
    </message>
    <message>
        <location filename="../gui/verification/candidates.py" line="92" />
        <source>Address in the registry</source>
        <translation>Адрес в реестре</translation>
    </message>
    <message>
        <location filename="../gui/verification/candidates.py" line="93" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../gui/verification/candidates.py" line="126" />
        <source>(not in the registry)</source>
        <translation>(нет в реестре)</translation>
    </message>
    <message>
        <location filename="../gui/verification/candidates.py" line="128" />
        <source>{0} (account closed)</source>
        <translation>{0} (счёт закрыт)</translation>
    </message>
    <message>
        <location filename="../gui/verification/candidates.py" line="137" />
        <source>Found by: {0}. Evidence: {1}</source>
        <translation>Найден по: {0}. Основания: {1}</translation>
    </message>
    <message>
        <location filename="../gui/verification/candidates.py" line="139" />
        <source>In the letter: {0} ({1})</source>
        <translation>В письме: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../gui/verification/candidates.py" line="180" />
        <source>In the letter</source>
        <translation>В письме</translation>
    </message>
    <message>
        <location filename="../gui/verification/candidates.py" line="181" />
        <source>In the registry</source>
        <translation>В реестре</translation>
    </message>
</context>
<context>
    <name>CardForm</name>
    <message>
        <location filename="../gui/verification/card_form.py" line="30" />
        <source>Sender</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <location filename="../gui/verification/card_form.py" line="31" />
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../gui/verification/card_form.py" line="32" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../gui/verification/card_form.py" line="33" />
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../gui/verification/card_form.py" line="34" />
        <source>Account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <location filename="../gui/verification/card_form.py" line="35" />
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../gui/verification/card_form.py" line="36" />
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <location filename="../gui/verification/card_form.py" line="37" />
        <source>Received</source>
        <translation>Дата поступления</translation>
    </message>
    <message>
        <location filename="../gui/verification/card_form.py" line="48" />
        <source>Not found in the letter: fill it in if the letter has it.</source>
        <translation>В письме не найдено: заполните, если в письме это есть.</translation>
    </message>
    <message>
        <location filename="../gui/verification/card_form.py" line="51" />
        <source>Not found in the letter.</source>
        <translation>В письме не найдено.</translation>
    </message>
    <message>
        <location filename="../gui/verification/card_form.py" line="53" />
        <source>Corrected by hand (OCR read: {0}).</source>
        <translation>Исправлено вручную (распознано: {0}).</translation>
    </message>
    <message>
        <location filename="../gui/verification/card_form.py" line="54" />
        <source>OCR confidence: {0}.</source>
        <translation>Уверенность распознавания: {0}.</translation>
    </message>
    <message>
        <location filename="../gui/verification/card_form.py" line="56" />
        <source>Please check this field.</source>
        <translation>Проверьте это поле.</translation>
    </message>
    <message>
        <location filename="../gui/verification/card_form.py" line="149" />
        <source>Topic confidence: {0}.</source>
        <translation>Уверенность в теме: {0}.</translation>
    </message>
    <message>
        <location filename="../gui/verification/card_form.py" line="153" />
        <source>Please check the category.</source>
        <translation>Проверьте категорию.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../gui/conflict_dialog.py" line="136" />
        <source>The card was changed meanwhile</source>
        <translation>Карточку уже изменили</translation>
    </message>
    <message>
        <location filename="../gui/conflict_dialog.py" line="139" />
        <source>{0} was changed by someone else while you were editing it.</source>
        <translation>Пока вы редактировали {0}, карточку изменил другой пользователь.</translation>
    </message>
    <message>
        <location filename="../gui/conflict_dialog.py" line="144" />
        <source>{0} was changed by {1} at {2} while you were editing it: {3}.</source>
        <translation>Пока вы редактировали {0}, карточку изменил {1} в {2}: {3}.</translation>
    </message>
    <message>
        <location filename="../gui/conflict_dialog.py" line="165" />
        <source>Their change:</source>
        <translation>Что изменил другой пользователь:</translation>
    </message>
    <message>
        <location filename="../gui/conflict_dialog.py" line="168" />
        <location filename="../gui/conflict_dialog.py" line="188" />
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../gui/conflict_dialog.py" line="169" />
        <source>Was</source>
        <translation>Было</translation>
    </message>
    <message>
        <location filename="../gui/conflict_dialog.py" line="170" />
        <source>Now saved</source>
        <translation>Сохранено сейчас</translation>
    </message>
    <message>
        <location filename="../gui/conflict_dialog.py" line="182" />
        <source>Your values that differ from the saved card:</source>
        <translation>Ваши значения, отличающиеся от сохранённой карточки:</translation>
    </message>
    <message>
        <location filename="../gui/conflict_dialog.py" line="189" />
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <location filename="../gui/conflict_dialog.py" line="190" />
        <source>Yours</source>
        <translation>Ваше</translation>
    </message>
    <message>
        <location filename="../gui/conflict_dialog.py" line="208" />
        <source>Highlighted: you both changed this field; Overwrite keeps yours.</source>
        <translation>Выделено: это поле изменили вы оба; при перезаписи останется ваше значение.</translation>
    </message>
    <message>
        <location filename="../gui/conflict_dialog.py" line="218" />
        <source>You have no unsaved values on this card.</source>
        <translation>Несохранённых значений в этой карточке у вас нет.</translation>
    </message>
    <message>
        <location filename="../gui/conflict_dialog.py" line="223" />
        <source>Reload shows the saved card and drops your values above. Overwrite saves your action again on the saved card: the fields you changed take your values, the others keep theirs.</source>
        <translation>«Обновить» покажет сохранённую карточку, ваши значения выше будут отброшены. «Перезаписать» повторит ваше действие над сохранённой карточкой: изменённые вами поля получат ваши значения, остальные сохранят чужие.</translation>
    </message>
    <message>
        <location filename="../gui/conflict_dialog.py" line="230" />
        <source>Your action was not applied. Reload shows the saved card; repeat the action if it is still needed.</source>
        <translation>Ваше действие не выполнено. «Обновить» покажет сохранённую карточку; повторите действие, если оно ещё нужно.</translation>
    </message>
    <message>
        <location filename="../gui/conflict_dialog.py" line="241" />
        <source>Reload (drop my values)</source>
        <translation>Обновить (отбросить мои значения)</translation>
    </message>
    <message>
        <location filename="../gui/conflict_dialog.py" line="247" />
        <source>Overwrite with my values</source>
        <translation>Перезаписать моими значениями</translation>
    </message>
</context>
<context>
    <name>ConsumerCard</name>
    <message>
        <location filename="../gui/consumer_card.py" line="43" />
        <source>Merged</source>
        <translation>Объединено</translation>
    </message>
    <message>
        <location filename="../gui/consumer_card.py" line="74" />
        <source>Reg. No.</source>
        <translation>Рег. №</translation>
    </message>
    <message>
        <location filename="../gui/consumer_card.py" line="75" />
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <location filename="../gui/consumer_card.py" line="76" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../gui/consumer_card.py" line="77" />
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../gui/consumer_card.py" line="78" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../gui/consumer_card.py" line="79" />
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <location filename="../gui/consumer_card.py" line="150" />
        <source>Registry data</source>
        <translation>Данные реестра</translation>
    </message>
    <message>
        <location filename="../gui/consumer_card.py" line="153" />
        <source>Account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <location filename="../gui/consumer_card.py" line="154" />
        <source>Consumer</source>
        <translation>Потребитель</translation>
    </message>
    <message>
        <location filename="../gui/consumer_card.py" line="155" />
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../gui/consumer_card.py" line="156" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../gui/consumer_card.py" line="157" />
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../gui/consumer_card.py" line="158" />
        <source>Meters</source>
        <translation>Приборы учёта</translation>
    </message>
    <message>
        <location filename="../gui/consumer_card.py" line="159" />
        <source>Account state</source>
        <translation>Состояние счёта</translation>
    </message>
    <message>
        <location filename="../gui/consumer_card.py" line="166" />
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../gui/consumer_card.py" line="178" />
        <source>Open the letter (Enter or double-click)</source>
        <translation>Открыть письмо (Enter или двойной щелчок)</translation>
    </message>
    <message>
        <location filename="../gui/consumer_card.py" line="192" />
        <source>Consumer card — {0}</source>
        <translation>Карточка потребителя — {0}</translation>
    </message>
    <message>
        <location filename="../gui/consumer_card.py" line="193" />
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../gui/consumer_card.py" line="216" />
        <source>The account is not in the registry.</source>
        <translation>Лицевого счёта нет в реестре.</translation>
    </message>
    <message>
        <location filename="../gui/consumer_card.py" line="226" />
        <source>active</source>
        <translation>действует</translation>
    </message>
    <message>
        <location filename="../gui/consumer_card.py" line="228" />
        <source>closed</source>
        <translation>закрыт</translation>
    </message>
    <message>
        <location filename="../gui/consumer_card.py" line="235" />
        <source>History: {0} appeals, newest first</source>
        <translation>История обращений: {0}, сначала новые</translation>
    </message>
    <message>
        <location filename="../gui/consumer_card.py" line="240" />
        <source>No appeals linked yet.</source>
        <translation>Связанных обращений пока нет.</translation>
    </message>
    <message>
        <location filename="../gui/consumer_card.py" line="248" />
        <source>The history cannot be loaded: {0}</source>
        <translation>Не удалось загрузить историю: {0}</translation>
    </message>
</context>
<context>
    <name>ConsumersModel</name>
    <message>
        <location filename="../gui/consumers_view.py" line="53" />
        <source>Account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <location filename="../gui/consumers_view.py" line="54" />
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../gui/consumers_view.py" line="55" />
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../gui/consumers_view.py" line="56" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../gui/consumers_view.py" line="57" />
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../gui/consumers_view.py" line="58" />
        <source>Meters</source>
        <translation>Приборы учёта</translation>
    </message>
    <message>
        <location filename="../gui/consumers_view.py" line="59" />
        <source>Account state</source>
        <translation>Состояние счёта</translation>
    </message>
    <message>
        <location filename="../gui/consumers_view.py" line="82" />
        <source>open</source>
        <translation>открыт</translation>
    </message>
    <message>
        <location filename="../gui/consumers_view.py" line="84" />
        <source>closed</source>
        <translation>закрыт</translation>
    </message>
</context>
<context>
    <name>ConsumersView</name>
    <message>
        <location filename="../gui/consumers_view.py" line="164" />
        <source>Account, or part of the name or address</source>
        <translation>Лицевой счёт или часть ФИО или адреса</translation>
    </message>
    <message>
        <location filename="../gui/consumers_view.py" line="169" />
        <source>Import registry…</source>
        <translation>Загрузить реестр…</translation>
    </message>
    <message>
        <location filename="../gui/consumers_view.py" line="171" />
        <source>Load a billing export: CSV (UTF-8 or Windows-1251) or XLSX</source>
        <translation>Загрузить выгрузку из биллинга: CSV (UTF-8 или Windows-1251) или XLSX</translation>
    </message>
    <message>
        <location filename="../gui/consumers_view.py" line="191" />
        <location filename="../gui/consumers_view.py" line="211" />
        <source>Type to search the registry.</source>
        <translation>Начните вводить, чтобы найти потребителя в реестре.</translation>
    </message>
    <message>
        <location filename="../gui/consumers_view.py" line="227" />
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message>
        <location filename="../gui/consumers_view.py" line="229" />
        <source>The first {0} consumers found; refine the search.</source>
        <translation>Показаны первые {0} найденных потребителей; уточните запрос.</translation>
    </message>
    <message>
        <location filename="../gui/consumers_view.py" line="233" />
        <source>Consumers found: {0}</source>
        <translation>Найдено потребителей: {0}</translation>
    </message>
    <message>
        <location filename="../gui/consumers_view.py" line="238" />
        <source>Registry search</source>
        <translation>Поиск в реестре</translation>
    </message>
    <message>
        <location filename="../gui/consumers_view.py" line="245" />
        <source>Import a consumer registry</source>
        <translation>Загрузка реестра потребителей</translation>
    </message>
    <message>
        <location filename="../gui/consumers_view.py" line="247" />
        <source>Registry exports (*.csv *.xlsx);;All files (*)</source>
        <translation>Выгрузки реестра (*.csv *.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../gui/consumers_view.py" line="256" />
        <source>Importing the consumer registry</source>
        <translation>Загрузка реестра потребителей</translation>
    </message>
    <message>
        <location filename="../gui/consumers_view.py" line="272" />
        <source>Registry imported. Rows: {0}; new: {1}; updated: {2}; reopened: {3}; closed: {4}; rejected: {5}.</source>
        <translation>Реестр загружен. Строк: {0}; новых: {1}; обновлено: {2}; открыто повторно: {3}; закрыто: {4}; отклонено: {5}.</translation>
    </message>
    <message>
        <location filename="../gui/consumers_view.py" line="286" />
        <source>row {0}: {1}</source>
        <translation>строка {0}: {1}</translation>
    </message>
    <message>
        <location filename="../gui/consumers_view.py" line="300" />
        <source>Registry import</source>
        <translation>Загрузка реестра</translation>
    </message>
    <message>
        <location filename="../gui/consumers_view.py" line="304" />
        <source>The file would close {0} of {1} active accounts, so nothing was imported. Is it a partial export?</source>
        <translation>Файл закрыл бы {0} из {1} действующих лицевых счетов, поэтому ничего не загружено. Это частичная выгрузка?</translation>
    </message>
    <message>
        <location filename="../gui/consumers_view.py" line="311" />
        <source>Import as partial (close nothing)</source>
        <translation>Загрузить как частичную (ничего не закрывать)</translation>
    </message>
    <message>
        <location filename="../gui/consumers_view.py" line="315" />
        <source>Close the missing accounts</source>
        <translation>Закрыть отсутствующие счета</translation>
    </message>
    <message>
        <location filename="../gui/consumers_view.py" line="327" />
        <source>No recognised column headers in {0}.</source>
        <translation>В файле {0} не распознаны заголовки столбцов.</translation>
    </message>
    <message>
        <location filename="../gui/consumers_view.py" line="328" />
        <source>No account column in {0}.</source>
        <translation>В файле {0} нет столбца с лицевым счётом.</translation>
    </message>
    <message>
        <location filename="../gui/consumers_view.py" line="329" />
        <source>Cannot read {0}: not a CSV or XLSX file.</source>
        <translation>Не удаётся прочитать {0}: это не файл CSV или XLSX.</translation>
    </message>
</context>
<context>
    <name>Control</name>
    <message>
        <location filename="../gui/control_common.py" line="172" />
        <location filename="../gui/control_common.py" line="188" />
        <location filename="../gui/control_common.py" line="205" />
        <source>The letter no longer exists.</source>
        <translation>Письмо больше не существует.</translation>
    </message>
    <message>
        <location filename="../gui/control_common.py" line="173" />
        <location filename="../gui/resolution_dialog.py" line="451" />
        <source>Choose the executor.</source>
        <translation>Выберите исполнителя.</translation>
    </message>
    <message>
        <location filename="../gui/control_common.py" line="174" />
        <source>The executor is not an active user.</source>
        <translation>Исполнитель не является активным пользователем.</translation>
    </message>
    <message>
        <location filename="../gui/control_common.py" line="175" />
        <source>The department no longer exists.</source>
        <translation>Такого подразделения больше нет.</translation>
    </message>
    <message>
        <location filename="../gui/control_common.py" line="176" />
        <source>The control date cannot be after the due date ({0}).</source>
        <translation>Контрольный срок не может быть позже срока исполнения ({0}).</translation>
    </message>
    <message>
        <location filename="../gui/control_common.py" line="179" />
        <source>The letter is closed: it takes no resolution.</source>
        <translation>Обращение закрыто, резолюцию наложить нельзя.</translation>
    </message>
    <message>
        <location filename="../gui/control_common.py" line="180" />
        <location filename="../gui/resolution_dialog.py" line="456" />
        <source>Give the reason for the reassignment.</source>
        <translation>Укажите причину переназначения.</translation>
    </message>
    <message>
        <location filename="../gui/control_common.py" line="189" />
        <location filename="../gui/resolution_dialog.py" line="594" />
        <source>Give the reason for the extension.</source>
        <translation>Укажите причину продления срока.</translation>
    </message>
    <message>
        <location filename="../gui/control_common.py" line="190" />
        <source>Extend by one day or more.</source>
        <translation>Продлить можно не меньше чем на один день.</translation>
    </message>
    <message>
        <location filename="../gui/control_common.py" line="191" />
        <location filename="../gui/resolution_dialog.py" line="555" />
        <source>The deadline rule of this letter allows no extension.</source>
        <translation>Правило срока для этого обращения не допускает продления.</translation>
    </message>
    <message>
        <location filename="../gui/control_common.py" line="194" />
        <source>Too long: the rule allows {0} more day(s) at most.</source>
        <translation>Слишком долго: правило допускает продление ещё не более чем на {0} дн.</translation>
    </message>
    <message>
        <location filename="../gui/control_common.py" line="197" />
        <location filename="../gui/resolution_dialog.py" line="551" />
        <source>The clock of this letter has stopped: nothing to extend.</source>
        <translation>Срок по этому обращению уже остановлен: продлевать нечего.</translation>
    </message>
    <message>
        <location filename="../gui/control_common.py" line="206" />
        <source>Unknown status.</source>
        <translation>Неизвестный статус.</translation>
    </message>
    <message>
        <location filename="../gui/control_common.py" line="207" />
        <source>A letter cannot go from «{0}» to «{1}».</source>
        <translation>Обращение нельзя перевести из статуса «{0}» в статус «{1}».</translation>
    </message>
    <message>
        <location filename="../gui/control_common.py" line="208" />
        <location filename="../gui/letter_actions.py" line="178" />
        <source>Give the reason for this status change.</source>
        <translation>Укажите причину смены статуса.</translation>
    </message>
    <message>
        <location filename="../gui/control_common.py" line="209" />
        <source>Give the outgoing number of the reply.</source>
        <translation>Укажите исходящий номер ответа.</translation>
    </message>
    <message>
        <location filename="../gui/control_common.py" line="210" />
        <source>Your role cannot move a letter to «{1}».</source>
        <translation>Ваша роль не позволяет перевести обращение в статус «{1}».</translation>
    </message>
    <message>
        <location filename="../gui/control_common.py" line="211" />
        <source>The date cannot be before the letter was registered.</source>
        <translation>Дата не может быть раньше даты регистрации обращения.</translation>
    </message>
    <message>
        <location filename="../gui/control_common.py" line="221" />
        <location filename="../gui/phone_form.py" line="367" />
        <source>Enter the caller's name.</source>
        <translation>Введите ФИО звонящего.</translation>
    </message>
    <message>
        <location filename="../gui/control_common.py" line="222" />
        <location filename="../gui/phone_form.py" line="381" />
        <source>Enter what the call was about.</source>
        <translation>Введите содержание обращения.</translation>
    </message>
    <message>
        <location filename="../gui/control_common.py" line="223" />
        <location filename="../gui/phone_form.py" line="331" />
        <location filename="../gui/phone_form.py" line="378" />
        <source>No consumer has this account.</source>
        <translation>Потребителя с таким лицевым счётом нет.</translation>
    </message>
    <message>
        <location filename="../gui/control_common.py" line="224" />
        <location filename="../gui/phone_form.py" line="385" />
        <source>The callback time has already passed.</source>
        <translation>Время обратного звонка уже прошло.</translation>
    </message>
    <message>
        <location filename="../gui/control_common.py" line="225" />
        <source>A call answered on the spot needs no callback.</source>
        <translation>Если ответ дан сразу, обратный звонок не нужен.</translation>
    </message>
    <message>
        <location filename="../gui/control_common.py" line="228" />
        <source>The callback task no longer exists.</source>
        <translation>Задачи на обратный звонок больше нет.</translation>
    </message>
</context>
<context>
    <name>ControlView</name>
    <message>
        <location filename="../gui/control_view.py" line="88" />
        <location filename="../gui/control_view.py" line="98" />
        <location filename="../gui/control_view.py" line="353" />
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <location filename="../gui/control_view.py" line="89" />
        <source>Due today</source>
        <translation>Срок сегодня</translation>
    </message>
    <message>
        <location filename="../gui/control_view.py" line="90" />
        <source>Within 3 working days</source>
        <translation>В ближайшие 3 рабочих дня</translation>
    </message>
    <message>
        <location filename="../gui/control_view.py" line="91" />
        <source>Callbacks</source>
        <translation>Обратные звонки</translation>
    </message>
    <message>
        <location filename="../gui/control_view.py" line="99" />
        <location filename="../gui/control_view.py" line="354" />
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../gui/control_view.py" line="100" />
        <location filename="../gui/control_view.py" line="355" />
        <source>Soon</source>
        <translation>Скоро</translation>
    </message>
    <message>
        <location filename="../gui/control_view.py" line="176" />
        <source>Callback made</source>
        <translation>Обратный звонок выполнен</translation>
    </message>
    <message>
        <location filename="../gui/control_view.py" line="179" />
        <source>What the caller was told, or why nobody answered</source>
        <translation>Что сообщили звонящему или почему не удалось дозвониться</translation>
    </message>
    <message>
        <location filename="../gui/control_view.py" line="186" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../gui/control_view.py" line="192" />
        <source>{0}, {1} — call back by {2}</source>
        <translation>{0}, {1} — перезвонить до {2}</translation>
    </message>
    <message>
        <location filename="../gui/control_view.py" line="206" />
        <source>Write down the result of the call.</source>
        <translation>Запишите результат звонка.</translation>
    </message>
    <message>
        <location filename="../gui/control_view.py" line="275" />
        <source>all departments</source>
        <translation>все подразделения</translation>
    </message>
    <message>
        <location filename="../gui/control_view.py" line="277" />
        <source>my letters and callbacks</source>
        <translation>мои обращения и звонки</translation>
    </message>
    <message>
        <location filename="../gui/control_view.py" line="279" />
        <source>Deadlines under control — {0} ({1}): {2}</source>
        <translation>Контроль сроков — {0} ({1}): {2}</translation>
    </message>
    <message>
        <location filename="../gui/control_view.py" line="289" />
        <source>Phone call…</source>
        <translation>Телефонное обращение…</translation>
    </message>
    <message>
        <location filename="../gui/control_view.py" line="290" />
        <source>Register a phone appeal</source>
        <translation>Зарегистрировать телефонное обращение</translation>
    </message>
    <message>
        <location filename="../gui/control_view.py" line="293" />
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../gui/control_view.py" line="294" />
        <source>Read the deadlines again (F5)</source>
        <translation>Перечитать сроки (F5)</translation>
    </message>
    <message>
        <location filename="../gui/control_view.py" line="311" />
        <source>Show only these; press again to show everything</source>
        <translation>Показать только эти; нажмите ещё раз, чтобы показать все</translation>
    </message>
    <message>
        <location filename="../gui/control_view.py" line="313" />
        <source>Go to the callbacks</source>
        <translation>Перейти к обратным звонкам</translation>
    </message>
    <message>
        <location filename="../gui/control_view.py" line="319" />
        <source>Red: the legal due date has passed. Amber: due within {0} working days.</source>
        <translation>Красным — срок исполнения истёк. Жёлтым — срок наступает в ближайшие {0} рабочих дня.</translation>
    </message>
    <message>
        <location filename="../gui/control_view.py" line="329" />
        <source>Urgency</source>
        <translation>Срочность</translation>
    </message>
    <message>
        <location filename="../gui/control_view.py" line="330" />
        <location filename="../gui/control_view.py" line="375" />
        <source>Reg. No.</source>
        <translation>Рег. №</translation>
    </message>
    <message>
        <location filename="../gui/control_view.py" line="331" />
        <source>Due / control</source>
        <translation>Срок / контроль</translation>
    </message>
    <message>
        <location filename="../gui/control_view.py" line="332" />
        <source>Correspondent</source>
        <translation>Корреспондент</translation>
    </message>
    <message>
        <location filename="../gui/control_view.py" line="333" />
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../gui/control_view.py" line="334" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../gui/control_view.py" line="335" />
        <location filename="../gui/control_view.py" line="358" />
        <location filename="../gui/control_view.py" line="376" />
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../gui/control_view.py" line="336" />
        <location filename="../gui/control_view.py" line="359" />
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <location filename="../gui/control_view.py" line="347" />
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <location filename="../gui/control_view.py" line="356" />
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <location filename="../gui/control_view.py" line="365" />
        <source>By executor</source>
        <translation>По исполнителям</translation>
    </message>
    <message>
        <location filename="../gui/control_view.py" line="366" />
        <source>By department</source>
        <translation>По подразделениям</translation>
    </message>
    <message>
        <location filename="../gui/control_view.py" line="372" />
        <source>Call back by</source>
        <translation>Перезвонить до</translation>
    </message>
    <message>
        <location filename="../gui/control_view.py" line="373" />
        <source>Caller</source>
        <translation>Звонящий</translation>
    </message>
    <message>
        <location filename="../gui/control_view.py" line="374" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../gui/control_view.py" line="383" />
        <source>Callback made…</source>
        <translation>Звонок выполнен…</translation>
    </message>
    <message>
        <location filename="../gui/control_view.py" line="385" />
        <source>Record the result of the selected callback</source>
        <translation>Записать результат выбранного обратного звонка</translation>
    </message>
    <message>
        <location filename="../gui/control_view.py" line="393" />
        <source>Callbacks due</source>
        <translation>Обратные звонки к выполнению</translation>
    </message>
    <message>
        <location filename="../gui/control_view.py" line="462" />
        <source>Reading the deadlines…</source>
        <translation>Чтение сроков…</translation>
    </message>
    <message>
        <location filename="../gui/control_view.py" line="480" />
        <source>The deadlines cannot be read.</source>
        <translation>Не удалось прочитать сроки.</translation>
    </message>
    <message>
        <location filename="../gui/control_view.py" line="481" />
        <source>Control</source>
        <translation>Контроль</translation>
    </message>
    <message>
        <location filename="../gui/control_view.py" line="497" />
        <source>As of {0}; refreshed every {1} minutes (F5 now).</source>
        <translation>Данные на {0}; обновляются каждые {1} мин (F5 — обновить сейчас).</translation>
    </message>
    <message>
        <location filename="../gui/control_view.py" line="539" />
        <location filename="../gui/control_view.py" line="572" />
        <source>not assigned</source>
        <translation>не назначен</translation>
    </message>
    <message>
        <location filename="../gui/control_view.py" line="553" />
        <source>Nothing in this group.</source>
        <translation>В этой группе ничего нет.</translation>
    </message>
    <message>
        <location filename="../gui/control_view.py" line="555" />
        <source>Nothing is overdue or due within 3 working days.</source>
        <translation>Нет просроченных обращений и обращений со сроком в ближайшие 3 рабочих дня.</translation>
    </message>
    <message>
        <location filename="../gui/control_view.py" line="563" />
        <source>{0} day(s) overdue</source>
        <translation>Просрочено на {0} дн.</translation>
    </message>
    <message>
        <location filename="../gui/control_view.py" line="574" />
        <source>no department</source>
        <translation>без подразделения</translation>
    </message>
    <message>
        <location filename="../gui/control_view.py" line="618" />
        <source>No callbacks are due.</source>
        <translation>Обратных звонков к выполнению нет.</translation>
    </message>
    <message>
        <location filename="../gui/control_view.py" line="668" />
        <source>The callback is recorded.</source>
        <translation>Обратный звонок записан.</translation>
    </message>
</context>
<context>
    <name>EnvelopeOffer</name>
    <message>
        <location filename="../gui/reply_envelope.py" line="55" />
        <source>Envelope</source>
        <translation>Конверт</translation>
    </message>
    <message>
        <location filename="../gui/reply_envelope.py" line="57" />
        <source>The reply is registered as outgoing № {0}. Print its envelope?</source>
        <translation>Ответ зарегистрирован, исходящий № {0}. Напечатать конверт?</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_print.py" line="121" />
        <location filename="../gui/reply_envelope.py" line="66" />
        <source>{0} ({1}×{2} mm)</source>
        <translation>{0} ({1}×{2} мм)</translation>
    </message>
    <message>
        <location filename="../gui/reply_envelope.py" line="72" />
        <source>Envelope size</source>
        <translation>Формат конверта</translation>
    </message>
    <message>
        <location filename="../gui/reply_envelope.py" line="74" />
        <source>Print envelope…</source>
        <translation>Печать конверта…</translation>
    </message>
    <message>
        <location filename="../gui/reply_envelope.py" line="75" />
        <source>Save envelope…</source>
        <translation>Сохранить конверт…</translation>
    </message>
    <message>
        <location filename="../gui/reply_envelope.py" line="76" />
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <location filename="../gui/reply_envelope.py" line="100" />
        <source>Envelope {0}</source>
        <translation>Конверт {0}</translation>
    </message>
    <message>
        <location filename="../gui/reply_envelope.py" line="117" />
        <source>The envelope was sent to the printer.</source>
        <translation>Конверт отправлен на печать.</translation>
    </message>
    <message>
        <location filename="../gui/reply_envelope.py" line="140" />
        <source>Envelope saved: {0}</source>
        <translation>Конверт сохранён: {0}</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <location filename="../gui/resolution_dialog.py" line="479" />
        <source>Extend the deadline</source>
        <translation>Продление срока</translation>
    </message>
    <message>
        <location filename="../gui/resolution_dialog.py" line="480" />
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../gui/resolution_dialog.py" line="491" />
        <source> day(s)</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../gui/resolution_dialog.py" line="503" />
        <source>For example: a request to the grid company is pending</source>
        <translation>Например: ожидается ответ сетевой организации на запрос</translation>
    </message>
    <message>
        <location filename="../gui/resolution_dialog.py" line="507" />
        <source>The consumer is notified: a notice letter is queued with the replies.</source>
        <translation>Потребитель будет уведомлён: уведомление поставлено в очередь ответов.</translation>
    </message>
    <message>
        <location filename="../gui/resolution_dialog.py" line="517" />
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <location filename="../gui/resolution_dialog.py" line="518" />
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../gui/resolution_dialog.py" line="519" />
        <source>Extend by</source>
        <translation>Продлить на</translation>
    </message>
    <message>
        <location filename="../gui/resolution_dialog.py" line="520" />
        <source>New due date</source>
        <translation>Новый срок</translation>
    </message>
    <message>
        <location filename="../gui/resolution_dialog.py" line="522" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../gui/resolution_dialog.py" line="523" />
        <source>Extend</source>
        <translation>Продлить</translation>
    </message>
    <message>
        <location filename="../gui/resolution_dialog.py" line="540" />
        <source>Extend the deadline — {0}</source>
        <translation>Продление срока — {0}</translation>
    </message>
    <message>
        <location filename="../gui/resolution_dialog.py" line="545" />
        <source>{0}: up to {1} more day(s); extended already by {2}.</source>
        <translation>{0}: продление не более чем на {1} дн.; уже продлено на {2} дн.</translation>
    </message>
    <message>
        <location filename="../gui/resolution_dialog.py" line="557" />
        <source>The rule's limit is used up.</source>
        <translation>Допустимое правилом продление уже исчерпано.</translation>
    </message>
    <message>
        <location filename="../gui/resolution_dialog.py" line="583" />
        <source>{0} (control {1})</source>
        <translation>{0} (контроль {1})</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../gui/verification/history_model.py" line="24" />
        <source>registered</source>
        <translation>зарегистрировано</translation>
    </message>
    <message>
        <location filename="../gui/verification/history_model.py" line="25" />
        <source>card accepted</source>
        <translation>карточка принята</translation>
    </message>
    <message>
        <location filename="../gui/verification/history_model.py" line="26" />
        <source>linked to an account</source>
        <translation>привязано к лицевому счёту</translation>
    </message>
    <message>
        <location filename="../gui/verification/history_model.py" line="27" />
        <source>link removed</source>
        <translation>привязка снята</translation>
    </message>
    <message>
        <location filename="../gui/verification/history_model.py" line="28" />
        <source>split: later pages became a new letter</source>
        <translation>разделено: следующие страницы стали новым письмом</translation>
    </message>
    <message>
        <location filename="../gui/verification/history_model.py" line="29" />
        <source>created by splitting a letter</source>
        <translation>создано разделением письма</translation>
    </message>
    <message>
        <location filename="../gui/verification/history_model.py" line="30" />
        <source>another letter merged into this one</source>
        <translation>присоединено другое письмо</translation>
    </message>
    <message>
        <location filename="../gui/verification/history_model.py" line="31" />
        <source>merged into another letter</source>
        <translation>присоединено к другому письму</translation>
    </message>
    <message>
        <location filename="../gui/verification/history_model.py" line="32" />
        <source>page rotated</source>
        <translation>страница повёрнута</translation>
    </message>
    <message>
        <location filename="../gui/verification/history_model.py" line="33" />
        <source>page removed</source>
        <translation>страница удалена</translation>
    </message>
    <message>
        <location filename="../gui/verification/history_model.py" line="34" />
        <source>deadlines set</source>
        <translation>сроки установлены</translation>
    </message>
    <message>
        <location filename="../gui/verification/history_model.py" line="35" />
        <source>deadlines recomputed</source>
        <translation>сроки пересчитаны</translation>
    </message>
    <message>
        <location filename="../gui/verification/history_model.py" line="36" />
        <source>deadline extended</source>
        <translation>срок продлён</translation>
    </message>
    <message>
        <location filename="../gui/verification/history_model.py" line="37" />
        <source>status changed</source>
        <translation>статус изменён</translation>
    </message>
    <message>
        <location filename="../gui/verification/history_model.py" line="38" />
        <source>destroyed under the retention rules</source>
        <translation>уничтожено по истечении срока хранения</translation>
    </message>
    <message>
        <location filename="../gui/verification/history_model.py" line="39" />
        <source>filed to a case</source>
        <translation>подшито в дело</translation>
    </message>
    <message>
        <location filename="../gui/verification/history_model.py" line="40" />
        <source>callback promised</source>
        <translation>обещан обратный звонок</translation>
    </message>
    <message>
        <location filename="../gui/verification/history_model.py" line="41" />
        <source>callback made</source>
        <translation>обратный звонок выполнен</translation>
    </message>
    <message>
        <location filename="../gui/verification/history_model.py" line="42" />
        <source>reply registered</source>
        <translation>ответ зарегистрирован</translation>
    </message>
    <message>
        <location filename="../gui/verification/history_model.py" line="43" />
        <source>reply sent</source>
        <translation>ответ отправлен</translation>
    </message>
    <message>
        <location filename="../gui/verification/history_model.py" line="44" />
        <source>resolution written</source>
        <translation>резолюция</translation>
    </message>
    <message>
        <location filename="../gui/verification/history_model.py" line="45" />
        <source>reassigned</source>
        <translation>передано другому исполнителю</translation>
    </message>
    <message>
        <location filename="../gui/verification/history_model.py" line="46" />
        <source>routed automatically</source>
        <translation>направлено автоматически</translation>
    </message>
    <message>
        <location filename="../gui/verification/history_model.py" line="47" />
        <source>card opened</source>
        <translation>карточка открыта</translation>
    </message>
    <message>
        <location filename="../gui/verification/history_model.py" line="54" />
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <location filename="../gui/verification/history_model.py" line="59" />
        <source>postal code</source>
        <translation>индекс</translation>
    </message>
    <message>
        <location filename="../gui/verification/history_model.py" line="61" />
        <source>linked account</source>
        <translation>привязанный счёт</translation>
    </message>
    <message>
        <location filename="../gui/verification/history_model.py" line="62" />
        <source>link</source>
        <translation>привязка</translation>
    </message>
    <message>
        <location filename="../gui/verification/history_model.py" line="63" />
        <source>how linked</source>
        <translation>способ привязки</translation>
    </message>
    <message>
        <location filename="../gui/verification/history_model.py" line="64" />
        <source>needs attention</source>
        <translation>требует внимания</translation>
    </message>
    <message>
        <location filename="../gui/verification/history_model.py" line="68" />
        <source>verified</source>
        <translation>проверено</translation>
    </message>
    <message>
        <location filename="../gui/verification/history_model.py" line="69" />
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <location filename="../gui/verification/history_model.py" line="70" />
        <source>channel</source>
        <translation>канал</translation>
    </message>
    <message>
        <location filename="../gui/verification/history_model.py" line="71" />
        <location filename="../gui/verification/history_model.py" line="72" />
        <source>pages</source>
        <translation>страниц</translation>
    </message>
    <message>
        <location filename="../gui/verification/history_model.py" line="85" />
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../gui/verification/history_model.py" line="85" />
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../gui/verification/history_model.py" line="144" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../gui/verification/history_model.py" line="145" />
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../gui/verification/history_model.py" line="146" />
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../gui/verification/history_model.py" line="147" />
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>HitViewer</name>
    <message>
        <location filename="../gui/search_hit_viewer.py" line="122" />
        <source>Found letter</source>
        <translation>Найденное письмо</translation>
    </message>
    <message>
        <location filename="../gui/search_hit_viewer.py" line="133" />
        <source>Found by approximate match: the marked words differ from the query by one or two characters.</source>
        <translation>Найдено по приблизительному совпадению: отмеченные слова отличаются от запроса на один-два символа.</translation>
    </message>
    <message>
        <location filename="../gui/search_hit_viewer.py" line="154" />
        <source>Reg. No.</source>
        <translation>Рег. №</translation>
    </message>
    <message>
        <location filename="../gui/search_hit_viewer.py" line="155" />
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <location filename="../gui/search_hit_viewer.py" line="157" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../gui/search_hit_viewer.py" line="158" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../gui/search_hit_viewer.py" line="163" />
        <source>Consumer</source>
        <translation>Потребитель</translation>
    </message>
    <message>
        <location filename="../gui/search_hit_viewer.py" line="165" />
        <source>Found text</source>
        <translation>Найденный текст</translation>
    </message>
    <message>
        <location filename="../gui/search_hit_viewer.py" line="186" />
        <source>◀ Previous page with hits</source>
        <translation>◀ Предыдущая страница с совпадениями</translation>
    </message>
    <message>
        <location filename="../gui/search_hit_viewer.py" line="188" />
        <source>Go to the previous page with found words (Shift+F3)</source>
        <translation>Перейти к предыдущей странице с найденными словами (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../gui/search_hit_viewer.py" line="191" />
        <source>Next page with hits ▶</source>
        <translation>Следующая страница с совпадениями ▶</translation>
    </message>
    <message>
        <location filename="../gui/search_hit_viewer.py" line="193" />
        <source>Go to the next page with found words (F3)</source>
        <translation>Перейти к следующей странице с найденными словами (F3)</translation>
    </message>
    <message>
        <location filename="../gui/search_hit_viewer.py" line="197" />
        <source>Letter card…</source>
        <translation>Карточка письма…</translation>
    </message>
    <message>
        <location filename="../gui/search_hit_viewer.py" line="199" />
        <source>Open the letter's full card and history (Ctrl+H)</source>
        <translation>Открыть полную карточку письма и историю (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../gui/search_hit_viewer.py" line="202" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../gui/search_hit_viewer.py" line="203" />
        <source>Back to the search results (Esc)</source>
        <translation>Вернуться к результатам поиска (Esc)</translation>
    </message>
    <message>
        <location filename="../gui/search_hit_viewer.py" line="245" />
        <source>Found letter — {0}</source>
        <translation>Найденное письмо — {0}</translation>
    </message>
    <message>
        <location filename="../gui/search_hit_viewer.py" line="249" />
        <source>Loading the letter…</source>
        <translation>Загрузка письма…</translation>
    </message>
    <message>
        <location filename="../gui/search_hit_viewer.py" line="251" />
        <source>Opening a letter</source>
        <translation>Открытие письма</translation>
    </message>
    <message>
        <location filename="../gui/search_hit_viewer.py" line="320" />
        <source>The letter cannot be opened.</source>
        <translation>Не удалось открыть письмо.</translation>
    </message>
    <message>
        <location filename="../gui/search_hit_viewer.py" line="352" />
        <source>The words were found in the card, not on the page images.</source>
        <translation>Слова найдены в карточке письма, а не на изображениях страниц.</translation>
    </message>
    <message>
        <location filename="../gui/search_hit_viewer.py" line="361" />
        <source>Page {0} of {1}: found words {2}; pages with hits: {3}</source>
        <translation>Страница {0} из {1}: найдено слов — {2}; страницы с совпадениями: {3}</translation>
    </message>
</context>
<context>
    <name>IntakePanel</name>
    <message>
        <location filename="../gui/intake.py" line="54" />
        <source>Pages: {0} of {1} · {2:.2f} pages/s · time left {3} · files: {4} of {5}</source>
        <translation>Страниц: {0} из {1} · {2:.2f} стр./с · осталось {3} · файлов: {4} из {5}</translation>
    </message>
    <message>
        <location filename="../gui/intake.py" line="62" />
        <source>registered as {0}</source>
        <translation>зарегистрировано под № {0}</translation>
    </message>
    <message>
        <location filename="../gui/intake.py" line="64" />
        <source>already registered as {0}</source>
        <translation>уже зарегистрировано под № {0}</translation>
    </message>
    <message>
        <location filename="../gui/intake.py" line="66" />
        <source>quarantined: {0}</source>
        <translation>в карантине: {0}</translation>
    </message>
    <message>
        <location filename="../gui/intake.py" line="67" />
        <source>not processed (cancelled)</source>
        <translation>не обработано (загрузка отменена)</translation>
    </message>
    <message>
        <location filename="../gui/intake.py" line="139" />
        <source>Files to import</source>
        <translation>Файлы для загрузки</translation>
    </message>
    <message>
        <location filename="../gui/intake.py" line="142" />
        <source>Drop scanned letters (PDF, TIFF, JPEG, PNG) here.</source>
        <translation>Перетащите сюда отсканированные письма (PDF, TIFF, JPEG, PNG).</translation>
    </message>
    <message>
        <location filename="../gui/intake.py" line="144" />
        <source>Add files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <location filename="../gui/intake.py" line="146" />
        <source>Add scanned files (Ctrl+O)</source>
        <translation>Добавить отсканированные файлы (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../gui/intake.py" line="148" />
        <source>Add folder…</source>
        <translation>Добавить папку…</translation>
    </message>
    <message>
        <location filename="../gui/intake.py" line="150" />
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location filename="../gui/intake.py" line="152" />
        <source>Import</source>
        <translation>Загрузить</translation>
    </message>
    <message>
        <location filename="../gui/intake.py" line="155" />
        <source>Recognise and register the files (Ctrl+I)</source>
        <translation>Распознать и зарегистрировать файлы (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../gui/intake.py" line="168" />
        <source>Hot folder</source>
        <translation>Папка сканера</translation>
    </message>
    <message>
        <location filename="../gui/intake.py" line="172" />
        <source>Import now</source>
        <translation>Загрузить сейчас</translation>
    </message>
    <message>
        <location filename="../gui/intake.py" line="185" />
        <source>Progress</source>
        <translation>Ход загрузки</translation>
    </message>
    <message>
        <location filename="../gui/intake.py" line="187" />
        <source>Nothing is being imported.</source>
        <translation>Загрузка не идёт.</translation>
    </message>
    <message>
        <location filename="../gui/intake.py" line="188" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../gui/intake.py" line="190" />
        <source>Stop after the current file; nothing is half-registered</source>
        <translation>Остановить после текущего файла; ничего не останется зарегистрированным наполовину</translation>
    </message>
    <message>
        <location filename="../gui/intake.py" line="201" />
        <location filename="../gui/intake.py" line="204" />
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../gui/intake.py" line="201" />
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../gui/intake.py" line="204" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../gui/intake.py" line="207" />
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <location filename="../gui/intake.py" line="208" />
        <location filename="../gui/intake.py" line="304" />
        <source>Quarantine</source>
        <translation>Карантин</translation>
    </message>
    <message>
        <location filename="../gui/intake.py" line="236" />
        <source>Add scanned letters</source>
        <translation>Добавить отсканированные письма</translation>
    </message>
    <message>
        <location filename="../gui/intake.py" line="238" />
        <source>Scans (*.pdf *.tif *.tiff *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Сканы (*.pdf *.tif *.tiff *.jpg *.jpeg *.png);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../gui/intake.py" line="246" />
        <source>Add a folder of scanned letters</source>
        <translation>Добавить папку с отсканированными письмами</translation>
    </message>
    <message>
        <location filename="../gui/intake.py" line="276" />
        <source>No hot folder is set. Choose one in Settings.</source>
        <translation>Папка сканера не задана. Её можно выбрать в настройках.</translation>
    </message>
    <message>
        <location filename="../gui/intake.py" line="281" />
        <source>{0}: {1} files waiting</source>
        <translation>{0}: ожидают файлов: {1}</translation>
    </message>
    <message>
        <location filename="../gui/intake.py" line="302" />
        <source>Quarantine ({0})</source>
        <translation>Карантин ({0})</translation>
    </message>
    <message>
        <location filename="../gui/intake.py" line="341" />
        <source>Preparing the import…</source>
        <translation>Подготовка к загрузке…</translation>
    </message>
    <message>
        <location filename="../gui/intake.py" line="343" />
        <source>Importing letters</source>
        <translation>Загрузка писем</translation>
    </message>
    <message>
        <location filename="../gui/intake.py" line="363" />
        <source>Cancelling: the current file is finished first…</source>
        <translation>Отмена: сначала будет дообработан текущий файл…</translation>
    </message>
    <message>
        <location filename="../gui/intake.py" line="386" />
        <source>Letters registered: {0}; duplicates: {1}; quarantined: {2}</source>
        <translation>Зарегистрировано писем: {0}; повторных файлов: {1}; в карантине: {2}</translation>
    </message>
    <message>
        <location filename="../gui/intake.py" line="390" />
        <source>Import cancelled. {0}</source>
        <translation>Загрузка отменена. {0}</translation>
    </message>
    <message>
        <location filename="../gui/intake.py" line="407" />
        <source>The import failed.</source>
        <translation>Загрузка не удалась.</translation>
    </message>
    <message>
        <location filename="../gui/intake.py" line="408" />
        <source>Letter import</source>
        <translation>Загрузка писем</translation>
    </message>
</context>
<context>
    <name>JobsIndicator</name>
    <message>
        <location filename="../gui/widgets.py" line="46" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../gui/widgets.py" line="47" />
        <source>Cancel the background job</source>
        <translation>Отменить фоновую задачу</translation>
    </message>
    <message>
        <location filename="../gui/widgets.py" line="58" />
        <source>No background jobs</source>
        <translation>Фоновых задач нет</translation>
    </message>
    <message>
        <location filename="../gui/widgets.py" line="65" />
        <source>{0} (and {1} more)</source>
        <translation>{0} (и ещё {1})</translation>
    </message>
</context>
<context>
    <name>LetterActions</name>
    <message>
        <location filename="../gui/letter_actions.py" line="46" />
        <source>Send for resolution</source>
        <translation>Передать на резолюцию</translation>
    </message>
    <message>
        <location filename="../gui/letter_actions.py" line="47" />
        <source>Take into work</source>
        <translation>Взять в работу</translation>
    </message>
    <message>
        <location filename="../gui/letter_actions.py" line="48" />
        <source>Reply prepared</source>
        <translation>Ответ подготовлен</translation>
    </message>
    <message>
        <location filename="../gui/letter_actions.py" line="49" />
        <source>Answered (reply sent)</source>
        <translation>Ответ отправлен</translation>
    </message>
    <message>
        <location filename="../gui/letter_actions.py" line="50" />
        <source>Done: take off control</source>
        <translation>Исполнено: снять с контроля</translation>
    </message>
    <message>
        <location filename="../gui/letter_actions.py" line="51" />
        <source>Forward to another organisation…</source>
        <translation>Переадресовать в другую организацию…</translation>
    </message>
    <message>
        <location filename="../gui/letter_actions.py" line="52" />
        <source>Leave without an answer…</source>
        <translation>Оставить без ответа…</translation>
    </message>
    <message>
        <location filename="../gui/letter_actions.py" line="53" />
        <source>Withdrawn by the consumer</source>
        <translation>Отозвано потребителем</translation>
    </message>
    <message>
        <location filename="../gui/letter_actions.py" line="98" />
        <location filename="../gui/letter_actions.py" line="163" />
        <source>Change the status</source>
        <translation>Сменить статус</translation>
    </message>
    <message>
        <location filename="../gui/letter_actions.py" line="100" />
        <source>{0}: «{1}» → «{2}»</source>
        <translation>{0}: «{1}» → «{2}»</translation>
    </message>
    <message>
        <location filename="../gui/letter_actions.py" line="124" />
        <source>The organisation it goes to, e.g. the grid company</source>
        <translation>Организация-адресат, например сетевая компания</translation>
    </message>
    <message>
        <location filename="../gui/letter_actions.py" line="127" />
        <source>Required</source>
        <translation>Обязательно</translation>
    </message>
    <message>
        <location filename="../gui/letter_actions.py" line="129" />
        <source>Optional comment</source>
        <translation>Комментарий (необязательно)</translation>
    </message>
    <message>
        <location filename="../gui/letter_actions.py" line="140" />
        <source>The consumer notice about the forwarding is queued with the replies.</source>
        <translation>Уведомление потребителя о переадресации поставлено в очередь ответов.</translation>
    </message>
    <message>
        <location filename="../gui/letter_actions.py" line="144" />
        <source>The clock stops on this date; the days early or late are stored.</source>
        <translation>Срок останавливается на эту дату; сохраняется, на сколько дней раньше или позже срока дан ответ.</translation>
    </message>
    <message>
        <location filename="../gui/letter_actions.py" line="153" />
        <source>Forwarded to</source>
        <translation>Кому переадресовано</translation>
    </message>
    <message>
        <location filename="../gui/letter_actions.py" line="155" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../gui/letter_actions.py" line="158" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../gui/letter_actions.py" line="232" />
        <source>Resolution…</source>
        <translation>Резолюция…</translation>
    </message>
    <message>
        <location filename="../gui/letter_actions.py" line="234" />
        <source>Assign the department, executors and control date</source>
        <translation>Назначить подразделение, исполнителей и контрольный срок</translation>
    </message>
    <message>
        <location filename="../gui/letter_actions.py" line="237" />
        <source>Reassign…</source>
        <translation>Переназначить…</translation>
    </message>
    <message>
        <location filename="../gui/letter_actions.py" line="239" />
        <source>Hand the letter to other executors, with the reason</source>
        <translation>Передать обращение другим исполнителям с указанием причины</translation>
    </message>
    <message>
        <location filename="../gui/letter_actions.py" line="242" />
        <source>Extend deadline…</source>
        <translation>Продлить срок…</translation>
    </message>
    <message>
        <location filename="../gui/letter_actions.py" line="244" />
        <source>Extend the answer period within the rule's limit</source>
        <translation>Продлить срок ответа в пределах, допускаемых правилом</translation>
    </message>
    <message>
        <location filename="../gui/letter_actions.py" line="247" />
        <source>Change status</source>
        <translation>Сменить статус</translation>
    </message>
</context>
<context>
    <name>LetterCard</name>
    <message>
        <location filename="../gui/letter_card.py" line="62" />
        <source>no deadline</source>
        <translation>срок не установлен</translation>
    </message>
    <message>
        <location filename="../gui/letter_card.py" line="67" />
        <source>(extended by {0} days)</source>
        <translation>(продлён на {0} дн.)</translation>
    </message>
    <message>
        <location filename="../gui/letter_card.py" line="73" />
        <source>answered {0}, {1} days late</source>
        <translation>ответ {0}, с опозданием на {1} дн.</translation>
    </message>
    <message>
        <location filename="../gui/letter_card.py" line="75" />
        <source>answered {0}, on time</source>
        <translation>ответ {0}, в срок</translation>
    </message>
    <message>
        <location filename="../gui/letter_card.py" line="108" />
        <source>Letter card</source>
        <translation>Карточка письма</translation>
    </message>
    <message>
        <location filename="../gui/letter_card.py" line="115" />
        <source>Reg. No.</source>
        <translation>Рег. №</translation>
    </message>
    <message>
        <location filename="../gui/letter_card.py" line="116" />
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <location filename="../gui/letter_card.py" line="118" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../gui/letter_card.py" line="119" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../gui/letter_card.py" line="120" />
        <source>Due / control</source>
        <translation>Срок / контроль</translation>
    </message>
    <message>
        <location filename="../gui/letter_card.py" line="126" />
        <source>Account link</source>
        <translation>Привязка к счёту</translation>
    </message>
    <message>
        <location filename="../gui/letter_card.py" line="129" />
        <source>Pages</source>
        <translation>Страниц</translation>
    </message>
    <message>
        <location filename="../gui/letter_card.py" line="130" />
        <source>Source file</source>
        <translation>Исходный файл</translation>
    </message>
    <message>
        <location filename="../gui/letter_card.py" line="147" />
        <source>Card</source>
        <translation>Карточка</translation>
    </message>
    <message>
        <location filename="../gui/letter_card.py" line="148" />
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../gui/letter_card.py" line="152" />
        <source>Replies</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <location filename="../gui/letter_card.py" line="184" />
        <source>Letter card — {0}</source>
        <translation>Карточка письма — {0}</translation>
    </message>
    <message>
        <location filename="../gui/letter_card.py" line="191" />
        <source>merged into {0}</source>
        <translation>присоединено к {0}</translation>
    </message>
    <message>
        <location filename="../gui/letter_card.py" line="193" />
        <source>verified</source>
        <translation>проверено</translation>
    </message>
    <message>
        <location filename="../gui/letter_card.py" line="228" />
        <source>The letter cannot be loaded: {0}</source>
        <translation>Не удалось загрузить письмо: {0}</translation>
    </message>
</context>
<context>
    <name>LetterReplies</name>
    <message>
        <location filename="../gui/letter_replies.py" line="80" />
        <source>Outgoing No.</source>
        <translation>Исх. №</translation>
    </message>
    <message>
        <location filename="../gui/letter_replies.py" line="81" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../gui/letter_replies.py" line="82" />
        <source>Sent on</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <location filename="../gui/letter_replies.py" line="83" />
        <source>How sent</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../gui/letter_replies.py" line="84" />
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../gui/letter_replies.py" line="97" />
        <source>No outgoing reply to this letter yet.</source>
        <translation>Исходящих ответов на это письмо пока нет.</translation>
    </message>
    <message>
        <location filename="../gui/letter_replies.py" line="99" />
        <source>Open PDF</source>
        <translation>Открыть PDF</translation>
    </message>
    <message>
        <location filename="../gui/letter_replies.py" line="101" />
        <source>The reply exactly as archived, in the PDF viewer</source>
        <translation>Ответ в точности как в архиве, в программе просмотра PDF</translation>
    </message>
    <message>
        <location filename="../gui/letter_replies.py" line="105" />
        <source>Prepare a reply…</source>
        <translation>Подготовить ответ…</translation>
    </message>
    <message>
        <location filename="../gui/letter_replies.py" line="156" />
        <source>Replies</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <location filename="../gui/letter_replies.py" line="170" />
        <source>Opening {0}</source>
        <translation>Открытие {0}</translation>
    </message>
</context>
<context>
    <name>LinkPanel</name>
    <message>
        <location filename="../gui/verification/link_panel.py" line="37" />
        <source>(score {0} %)</source>
        <translation>(оценка {0} %)</translation>
    </message>
    <message>
        <location filename="../gui/verification/link_panel.py" line="40" />
        <source>Not linked. Pick a candidate with Ctrl+1…{0} or find the consumer with Ctrl+F.</source>
        <translation>Не привязано. Выберите кандидата (Ctrl+1…{0}) или найдите потребителя (Ctrl+F).</translation>
    </message>
    <message>
        <location filename="../gui/verification/link_panel.py" line="44" />
        <source>Not linked. Find the consumer in the registry with Ctrl+F.</source>
        <translation>Не привязано. Найдите потребителя в реестре (Ctrl+F).</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../gui/login_dialog.py" line="82" />
        <source>The password is too short: at least {0} characters.</source>
        <translation>Пароль слишком короткий: нужно не менее {0} символов.</translation>
    </message>
    <message>
        <location filename="../gui/login_dialog.py" line="86" />
        <location filename="../gui/login_dialog.py" line="323" />
        <source>The passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <location filename="../gui/login_dialog.py" line="94" />
        <location filename="../gui/login_dialog.py" line="249" />
        <source>Enter the password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <location filename="../gui/login_dialog.py" line="98" />
        <source>The login {0} is taken by another user.</source>
        <translation>Логин {0} уже занят другим пользователем.</translation>
    </message>
    <message>
        <location filename="../gui/login_dialog.py" line="102" />
        <source>The administrator has already been created: sign in instead.</source>
        <translation>Администратор уже создан: войдите со своим паролем.</translation>
    </message>
    <message>
        <location filename="../gui/login_dialog.py" line="106" />
        <source>Signing in failed ({0}: {1}). Details are in the log.</source>
        <translation>Не удалось войти ({0}: {1}). Подробности — в журнале.</translation>
    </message>
    <message>
        <location filename="../gui/login_dialog.py" line="128" />
        <source>Mailroom</source>
        <translation>Mailroom</translation>
    </message>
    <message>
        <location filename="../gui/login_dialog.py" line="138" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../gui/login_dialog.py" line="155" />
        <source>Register: {0}</source>
        <translation>Реестр: {0}</translation>
    </message>
    <message>
        <location filename="../gui/login_dialog.py" line="178" />
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../gui/login_dialog.py" line="217" />
        <source>Mailroom — sign in</source>
        <translation>Mailroom — вход</translation>
    </message>
    <message>
        <location filename="../gui/login_dialog.py" line="223" />
        <location filename="../gui/login_dialog.py" line="296" />
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location filename="../gui/login_dialog.py" line="224" />
        <location filename="../gui/login_dialog.py" line="298" />
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../gui/login_dialog.py" line="226" />
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../gui/login_dialog.py" line="229" />
        <source>Sign in to Mailroom</source>
        <translation>Вход в Mailroom</translation>
    </message>
    <message>
        <location filename="../gui/login_dialog.py" line="230" />
        <source>Enter your login and password. Ask the administrator if you have none.</source>
        <translation>Введите логин и пароль. Если их у вас нет, обратитесь к администратору.</translation>
    </message>
    <message>
        <location filename="../gui/login_dialog.py" line="241" />
        <source>Enter your login.</source>
        <translation>Введите логин.</translation>
    </message>
    <message>
        <location filename="../gui/login_dialog.py" line="282" />
        <source>Mailroom — create the administrator</source>
        <translation>Mailroom — создание администратора</translation>
    </message>
    <message>
        <location filename="../gui/login_dialog.py" line="297" />
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <location filename="../gui/login_dialog.py" line="299" />
        <source>&amp;Repeat the password:</source>
        <translation>П&amp;овторите пароль:</translation>
    </message>
    <message>
        <location filename="../gui/login_dialog.py" line="302" />
        <source>Create and sign in</source>
        <translation>Создать и войти</translation>
    </message>
    <message>
        <location filename="../gui/login_dialog.py" line="305" />
        <source>Create the administrator</source>
        <translation>Создание администратора</translation>
    </message>
    <message>
        <location filename="../gui/login_dialog.py" line="306" />
        <source>This register has no administrator with a password yet. The administrator manages users, roles and settings; everyone else signs in with the login and password the administrator gives them.</source>
        <translation>В этом реестре ещё нет администратора с паролем. Администратор управляет пользователями, ролями и настройками; остальные входят по логину и паролю, которые выдаёт администратор.</translation>
    </message>
    <message>
        <location filename="../gui/login_dialog.py" line="320" />
        <source>At least {0} characters.</source>
        <translation>Не менее {0} символов.</translation>
    </message>
    <message>
        <location filename="../gui/login_dialog.py" line="325" />
        <source>The password will do.</source>
        <translation>Пароль подходит.</translation>
    </message>
    <message>
        <location filename="../gui/login_dialog.py" line="327" />
        <source>Now repeat the password.</source>
        <translation>Теперь повторите пароль.</translation>
    </message>
    <message>
        <location filename="../gui/login_dialog.py" line="335" />
        <source>The login must be one word, without spaces.</source>
        <translation>Логин — одно слово, без пробелов.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/main_window.py" line="63" />
        <source>Incoming</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="64" />
        <source>Register</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="65" />
        <source>Control</source>
        <translation>Контроль</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="66" />
        <source>Replies</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="67" />
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="68" />
        <source>Archive</source>
        <translation>Архив</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="69" />
        <source>Consumers</source>
        <translation>Потребители</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="70" />
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="113" />
        <source>Mailroom — correspondence register</source>
        <translation>Mailroom — реестр корреспонденции</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="126" />
        <source>Intake</source>
        <translation>Приём</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="129" />
        <source>Verification</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="186" />
        <source>Database: {0}</source>
        <translation>База данных: {0}</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="189" />
        <source>User: {0} ({1})</source>
        <translation>Пользователь: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="226" />
        <source>&amp;Service</source>
        <translation>&amp;Сервис</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="227" />
        <source>&amp;Audit log…</source>
        <translation>&amp;Журнал аудита…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="230" />
        <source>Who did what and when: the audit log (Ctrl+Shift+A)</source>
        <translation>Кто, что и когда сделал: журнал аудита (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="273" />
        <source>The verification station comes with a later version of Mailroom.</source>
        <translation>Место проверки писем появится в следующей версии Mailroom.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="314" />
        <source>The consumer card comes with a later version of Mailroom.</source>
        <translation>Карточка потребителя появится в следующей версии Mailroom.</translation>
    </message>
    <message>
        <location filename="../gui/control_hooks.py" line="48" />
        <source>&amp;Phone call…</source>
        <translation>&amp;Телефонное обращение…</translation>
    </message>
    <message>
        <location filename="../gui/control_hooks.py" line="51" />
        <source>Register a phone appeal ({0})</source>
        <translation>Зарегистрировать телефонное обращение ({0})</translation>
    </message>
    <message>
        <location filename="../gui/control_hooks.py" line="56" />
        <source>&amp;Appeals</source>
        <translation>&amp;Обращения</translation>
    </message>
</context>
<context>
    <name>OutgoingDispatch</name>
    <message>
        <location filename="../gui/outgoing_dispatch.py" line="55" />
        <source>ШПИ: 14 digits for a letter within Russia, or 13 characters for an international one (RA123456785RU). Leave it empty while it is not known.</source>
        <translation>ШПИ: 14 цифр для письма по России или 13 знаков для международного (RA123456785RU). Пока ШПИ неизвестен, оставьте поле пустым.</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_dispatch.py" line="64" />
        <source>{0}: the check digit does not match; look for a mistyped digit.</source>
        <translation>{0}: не сходится контрольная цифра; проверьте, нет ли опечатки.</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_dispatch.py" line="68" />
        <source>{0} is not a tracking number: it must be 14 digits, or 13 characters like RA123456785RU.</source>
        <translation>{0} — не ШПИ: нужно 14 цифр или 13 знаков вида RA123456785RU.</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_dispatch.py" line="83" />
        <source>The weight {0} g cannot be right.</source>
        <translation>Вес {0} г не может быть верным.</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_dispatch.py" line="84" />
        <source>Unknown way of sending: {0}.</source>
        <translation>Неизвестный способ отправки: {0}.</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_dispatch.py" line="85" />
        <source>The reply no longer exists.</source>
        <translation>Ответа больше нет.</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_dispatch.py" line="113" />
        <source>Record dispatch</source>
        <translation>Отметка об отправке</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_dispatch.py" line="116" />
        <source>Post details of {0} outgoing letter(s): type the tracking number (ШПИ) and weight from the post office receipt.</source>
        <translation>Сведения об отправке исходящих писем ({0}): введите ШПИ и вес из квитанции почтового отделения.</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_dispatch.py" line="128" />
        <source>Outgoing No.</source>
        <translation>Исх. №</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_dispatch.py" line="129" />
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_dispatch.py" line="130" />
        <source>Tracking No. (ШПИ)</source>
        <translation>ШПИ</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_dispatch.py" line="131" />
        <source>Weight, g</source>
        <translation>Вес, г</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_dispatch.py" line="146" />
        <source>not known yet</source>
        <translation>пока неизвестен</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_dispatch.py" line="174" />
        <source>— as it is for each —</source>
        <translation>— у каждого как есть —</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_dispatch.py" line="180" />
        <source>Sent on</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_dispatch.py" line="181" />
        <source>Sent by</source>
        <translation>Способ отправки</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_dispatch.py" line="191" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_dispatch.py" line="193" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_dispatch.py" line="249" />
        <source>Recording dispatch</source>
        <translation>Запись сведений об отправке</translation>
    </message>
</context>
<context>
    <name>OutgoingPrint</name>
    <message>
        <location filename="../gui/outgoing_print.py" line="78" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_print.py" line="116" />
        <location filename="../gui/outgoing_print.py" line="186" />
        <source>Envelopes</source>
        <translation>Конверты</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_print.py" line="127" />
        <source>The selected letters: {0} envelope(s)</source>
        <translation>Выбранные письма: конвертов — {0}</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_print.py" line="133" />
        <source>All the post of {0}: {1} envelope(s)</source>
        <translation>Вся почта за {0}: конвертов — {1}</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_print.py" line="137" />
        <source>All the letters of the period: {0} envelope(s)</source>
        <translation>Все письма за период: конвертов — {0}</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_print.py" line="147" />
        <source>Letters sent by e-mail or handed over in person get no envelope.</source>
        <translation>Письмам, отправленным по электронной почте или врученным лично, конверт не нужен.</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_print.py" line="156" />
        <source>Envelope size</source>
        <translation>Формат конверта</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_print.py" line="165" />
        <location filename="../gui/outgoing_print.py" line="302" />
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_print.py" line="166" />
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_print.py" line="185" />
        <source>Envelopes {0}</source>
        <translation>Конверты {0}</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_print.py" line="205" />
        <source>The envelopes were sent to the printer.</source>
        <translation>Конверты отправлены на печать.</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_print.py" line="236" />
        <source>Envelopes saved: {0}</source>
        <translation>Конверты сохранены: {0}</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_print.py" line="269" />
        <source>Form 103 mail list</source>
        <translation>Список ф. 103</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_print.py" line="278" />
        <source>PDF, to print and hand in at the post office</source>
        <translation>PDF — напечатать и сдать в почтовое отделение</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_print.py" line="279" />
        <source>CSV, for the postal operator's online service</source>
        <translation>CSV — для онлайн-сервиса почтового оператора</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_print.py" line="280" />
        <source>XLSX, for the postal operator's online service</source>
        <translation>XLSX — для онлайн-сервиса почтового оператора</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_print.py" line="292" />
        <source>Day of dispatch</source>
        <translation>День отправки</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_print.py" line="293" />
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_print.py" line="303" />
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_print.py" line="323" />
        <source>Counting the registered letters…</source>
        <translation>Подсчёт заказных писем…</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_print.py" line="343" />
        <source>{0} registered letter(s) in {1} list(s) on {2}.</source>
        <translation>{2}: заказных писем — {0}, списков — {1}.</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_print.py" line="347" />
        <source>No registered letters were sent on {0}: there is no list to make.</source>
        <translation>{0} заказные письма не отправлялись: список составлять не из чего.</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_print.py" line="365" />
        <source>Form 103 {0}</source>
        <translation>Форма 103 {0}</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_print.py" line="386" />
        <source>Form 103 saved: {0}</source>
        <translation>Форма 103 сохранена: {0}</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_print.py" line="413" />
        <source>Form 103 was sent to the printer.</source>
        <translation>Форма 103 отправлена на печать.</translation>
    </message>
</context>
<context>
    <name>OutgoingView</name>
    <message>
        <location filename="../gui/outgoing_model.py" line="42" />
        <source>Outgoing No.</source>
        <translation>Исх. №</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_model.py" line="43" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_model.py" line="44" />
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_model.py" line="45" />
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_model.py" line="46" />
        <source>In reply to</source>
        <translation>В ответ на</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_model.py" line="47" />
        <source>Sent by</source>
        <translation>Способ отправки</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_model.py" line="48" />
        <source>Tracking No. (ШПИ)</source>
        <translation>ШПИ</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_model.py" line="49" />
        <source>Weight, g</source>
        <translation>Вес, г</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_model.py" line="50" />
        <source>Sent on</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_model.py" line="148" />
        <source>Registered mail: the tracking number (ШПИ) is not recorded.</source>
        <translation>Заказное письмо: ШПИ не записан.</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_view.py" line="143" />
        <source>Outgoing register</source>
        <translation>Реестр исходящих</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_view.py" line="151" />
        <source>The day (period) before</source>
        <translation>Предыдущий день (период)</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_view.py" line="155" />
        <source>The day (period) after</source>
        <translation>Следующий день (период)</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_view.py" line="158" />
        <source>The day the letters were sent</source>
        <translation>День, когда письма были отправлены</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_view.py" line="159" />
        <source>Period to</source>
        <translation>Период по</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_view.py" line="161" />
        <source>Show the letters sent over several days</source>
        <translation>Показать письма, отправленные за несколько дней</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_view.py" line="166" />
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_view.py" line="171" />
        <source>Filter: number, addressee, address, ШПИ…</source>
        <translation>Фильтр: номер, адресат, адрес, ШПИ…</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_view.py" line="173" />
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_view.py" line="174" />
        <source>Read the register again (F5)</source>
        <translation>Прочитать реестр заново (F5)</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_view.py" line="177" />
        <source>Day of dispatch</source>
        <translation>День отправки</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_view.py" line="209" />
        <location filename="../gui/outgoing_view.py" line="464" />
        <source>Open PDF</source>
        <translation>Открыть PDF</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_view.py" line="211" />
        <source>The selected reply exactly as archived (double-click)</source>
        <translation>Выбранный ответ в точности как в архиве (двойной щелчок)</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_view.py" line="214" />
        <location filename="../gui/outgoing_view.py" line="473" />
        <source>Record dispatch…</source>
        <translation>Отметить отправку…</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_view.py" line="216" />
        <source>Tracking number (ШПИ), weight and day of sending of the selection</source>
        <translation>ШПИ, вес и дата отправки выбранных писем</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_view.py" line="221" />
        <location filename="../gui/outgoing_view.py" line="476" />
        <source>Envelopes…</source>
        <translation>Конверты…</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_view.py" line="223" />
        <source>Print or save the envelopes (DL, C5, C4)</source>
        <translation>Напечатать или сохранить конверты (DL, C5, C4)</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_view.py" line="226" />
        <source>Form 103…</source>
        <translation>Форма 103…</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_view.py" line="228" />
        <source>The day's mail list of registered letters: PDF, CSV, XLSX</source>
        <translation>Список заказных писем за день (ф. 103): PDF, CSV, XLSX</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_view.py" line="314" />
        <source>Reading the outgoing register…</source>
        <translation>Чтение реестра исходящих…</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_view.py" line="333" />
        <source>The outgoing register cannot be read.</source>
        <translation>Не удаётся прочитать реестр исходящих.</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_view.py" line="334" />
        <location filename="../gui/outgoing_view.py" line="555" />
        <source>Replies</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_view.py" line="386" />
        <source>No outgoing letters were sent on {0}.</source>
        <translation>{0} исходящие письма не отправлялись.</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_view.py" line="389" />
        <source>{0} outgoing letter(s) sent on {1}.</source>
        <translation>Исходящих писем, отправленных {1}: {0}.</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_view.py" line="396" />
        <source>No outgoing letters were sent from {0} to {1}.</source>
        <translation>С {0} по {1} исходящие письма не отправлялись.</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_view.py" line="401" />
        <source>{0} outgoing letter(s) sent from {1} to {2}.</source>
        <translation>Исходящих писем, отправленных с {1} по {2}: {0}.</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_view.py" line="407" />
        <source>Registered without a tracking number (ШПИ): {0}.</source>
        <translation>Заказных без ШПИ: {0}.</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_view.py" line="412" />
        <source>Shown by the filter: {0}.</source>
        <translation>Показано по фильтру: {0}.</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_view.py" line="414" />
        <source>Only the first {0} are listed: choose a shorter period.</source>
        <translation>Показаны только первые {0}: выберите период короче.</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_view.py" line="465" />
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_view.py" line="466" />
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_view.py" line="488" />
        <location filename="../gui/outgoing_view.py" line="531" />
        <source>Opening {0}</source>
        <translation>Открытие {0}</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_view.py" line="510" />
        <source>Save PDF</source>
        <translation>Сохранить PDF</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_view.py" line="521" />
        <source>Saved: {0}</source>
        <translation>Сохранено: {0}</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_view.py" line="547" />
        <source>{0} was sent to the printer.</source>
        <translation>{0} отправлено на печать.</translation>
    </message>
    <message>
        <location filename="../gui/outgoing_view.py" line="581" />
        <source>Post details recorded for {0} letter(s).</source>
        <translation>Сведения об отправке записаны для писем: {0}.</translation>
    </message>
</context>
<context>
    <name>PageViewer</name>
    <message>
        <location filename="../gui/verification/page_viewer.py" line="247" />
        <source>No pages</source>
        <translation>Нет страниц</translation>
    </message>
    <message>
        <location filename="../gui/verification/page_viewer.py" line="267" />
        <source>Loading the page…</source>
        <translation>Загрузка страницы…</translation>
    </message>
    <message>
        <location filename="../gui/verification/page_viewer.py" line="283" />
        <source>This page has no image</source>
        <translation>У страницы нет изображения</translation>
    </message>
    <message>
        <location filename="../gui/verification/page_viewer.py" line="368" />
        <source>The page image cannot be read</source>
        <translation>Не удалось прочитать изображение страницы</translation>
    </message>
    <message>
        <location filename="../gui/verification/thumbnails.py" line="52" />
        <source>Page {0} of {1}</source>
        <translation>Стр. {0} из {1}</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <location filename="../gui/widgets.py" line="101" />
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
</context>
<context>
    <name>PhoneForm</name>
    <message>
        <location filename="../gui/phone_form.py" line="106" />
        <source>Phone call</source>
        <translation>Телефонное обращение</translation>
    </message>
    <message>
        <location filename="../gui/phone_form.py" line="109" />
        <source>Surname, name, patronymic</source>
        <translation>Фамилия, имя, отчество</translation>
    </message>
    <message>
        <location filename="../gui/phone_form.py" line="114" />
        <source>If the caller knows it</source>
        <translation>Если звонящий его знает</translation>
    </message>
    <message>
        <location filename="../gui/phone_form.py" line="124" />
        <source>What the caller asks; Shift+Enter for a new line</source>
        <translation>Суть обращения; Shift+Enter — новая строка</translation>
    </message>
    <message>
        <location filename="../gui/phone_form.py" line="130" />
        <source>Answered on the spot</source>
        <translation>Ответ дан сразу</translation>
    </message>
    <message>
        <location filename="../gui/phone_form.py" line="131" />
        <source>Callback promised</source>
        <translation>Обещан обратный звонок</translation>
    </message>
    <message>
        <location filename="../gui/phone_form.py" line="148" />
        <source>who calls back</source>
        <translation>кто перезвонит</translation>
    </message>
    <message>
        <location filename="../gui/phone_form.py" line="153" />
        <source>Caller *</source>
        <translation>Звонящий *</translation>
    </message>
    <message>
        <location filename="../gui/phone_form.py" line="154" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../gui/phone_form.py" line="156" />
        <source>Account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <location filename="../gui/phone_form.py" line="158" />
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../gui/phone_form.py" line="159" />
        <source>Summary *</source>
        <translation>Содержание *</translation>
    </message>
    <message>
        <location filename="../gui/phone_form.py" line="160" />
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../gui/phone_form.py" line="161" />
        <source>Call back by</source>
        <translation>Перезвонить до</translation>
    </message>
    <message>
        <location filename="../gui/phone_form.py" line="173" />
        <source>Enter: next field. Ctrl+Enter: register the call.</source>
        <translation>Enter — следующее поле, Ctrl+Enter — зарегистрировать звонок.</translation>
    </message>
    <message>
        <location filename="../gui/phone_form.py" line="175" />
        <source>Register (Ctrl+Enter)</source>
        <translation>Зарегистрировать (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../gui/phone_form.py" line="177" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../gui/phone_form.py" line="290" />
        <source>Ten digits after +7 or 8, please</source>
        <translation>Нужно 10 цифр после +7 или 8</translation>
    </message>
    <message>
        <location filename="../gui/phone_form.py" line="309" />
        <source>Digits only, please</source>
        <translation>Только цифры</translation>
    </message>
    <message>
        <location filename="../gui/phone_form.py" line="328" />
        <source>✓ {0}</source>
        <translation>✓ {0}</translation>
    </message>
    <message>
        <location filename="../gui/phone_form.py" line="370" />
        <source>The phone number is incomplete.</source>
        <translation>Номер телефона указан не полностью.</translation>
    </message>
    <message>
        <location filename="../gui/phone_form.py" line="374" />
        <source>A callback needs the caller's phone number.</source>
        <translation>Для обратного звонка нужен номер телефона.</translation>
    </message>
    <message>
        <location filename="../gui/phone_form.py" line="407" />
        <source>Registered: {0}</source>
        <translation>Зарегистрировано: {0}</translation>
    </message>
    <message>
        <location filename="../gui/phone_form.py" line="409" />
        <source>account {0}</source>
        <translation>лицевой счёт {0}</translation>
    </message>
    <message>
        <location filename="../gui/phone_form.py" line="412" />
        <source>possible accounts: {0}</source>
        <translation>возможные лицевые счета: {0}</translation>
    </message>
    <message>
        <location filename="../gui/phone_form.py" line="417" />
        <source>callback by {0}</source>
        <translation>перезвонить до {0}</translation>
    </message>
    <message>
        <location filename="../gui/phone_form.py" line="420" />
        <source>answer due {0}</source>
        <translation>ответить до {0}</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../gui/register_model.py" line="63" />
        <source>Reg. No.</source>
        <translation>Рег. №</translation>
    </message>
    <message>
        <location filename="../gui/register_model.py" line="64" />
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <location filename="../gui/register_model.py" line="65" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../gui/register_model.py" line="66" />
        <source>Sender</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <location filename="../gui/register_model.py" line="67" />
        <source>Account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <location filename="../gui/register_model.py" line="68" />
        <source>Link</source>
        <translation>Привязка</translation>
    </message>
    <message>
        <location filename="../gui/register_model.py" line="69" />
        <source>Category</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../gui/register_model.py" line="70" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../gui/register_model.py" line="71" />
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../gui/register_model.py" line="72" />
        <source>Received</source>
        <translation>Дата поступления</translation>
    </message>
    <message>
        <location filename="../gui/register_model.py" line="73" />
        <source>Pages</source>
        <translation>Страниц</translation>
    </message>
    <message>
        <location filename="../gui/register_model.py" line="227" />
        <source>Cannot read the register: {0}</source>
        <translation>Не удаётся прочитать реестр: {0}</translation>
    </message>
</context>
<context>
    <name>RegisterReplies</name>
    <message>
        <location filename="../gui/register_replies.py" line="38" />
        <source>File into a case (not all the letters are closed)</source>
        <translation>Подшить в дело (не все письма закрыты)</translation>
    </message>
    <message>
        <location filename="../gui/register_replies.py" line="40" />
        <source>File {0} letters into a case…</source>
        <translation>Подшить в дело (писем: {0})…</translation>
    </message>
    <message>
        <location filename="../gui/register_replies.py" line="41" />
        <source>File into a case…</source>
        <translation>Подшить в дело…</translation>
    </message>
    <message>
        <location filename="../gui/register_replies.py" line="53" />
        <source>Open the letter</source>
        <translation>Открыть письмо</translation>
    </message>
    <message>
        <location filename="../gui/register_replies.py" line="59" />
        <source>Prepare one reply to {0} letters…</source>
        <translation>Подготовить один ответ на письма ({0})…</translation>
    </message>
    <message>
        <location filename="../gui/register_replies.py" line="61" />
        <source>Prepare a reply…</source>
        <translation>Подготовить ответ…</translation>
    </message>
    <message>
        <location filename="../gui/register_replies.py" line="64" />
        <source>Prepare a reply (the letters are from different consumers)</source>
        <translation>Подготовить ответ (письма от разных потребителей)</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../gui/register_view.py" line="107" />
        <source>Search: registration number, sender or account</source>
        <translation>Поиск: рег. номер, отправитель или лицевой счёт</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="111" />
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="112" />
        <source>Any category</source>
        <translation>Любая тема</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="113" />
        <source>Any channel</source>
        <translation>Любой канал</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="115" />
        <source>Linked or not</source>
        <translation>С привязкой и без</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="116" />
        <source>Linked to a consumer</source>
        <translation>Привязаны к потребителю</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="117" />
        <source>Not linked</source>
        <translation>Не привязано</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="119" />
        <source>Any executor</source>
        <translation>Любой исполнитель</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="125" />
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="126" />
        <source>Due date passed and no reply yet</source>
        <translation>Срок истёк, а ответа ещё нет</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="132" />
        <source>Reset filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="134" />
        <source>Export…</source>
        <translation>Выгрузить…</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="136" />
        <source>Save the filtered rows to CSV or Excel (Ctrl+E)</source>
        <translation>Сохранить отобранные строки в CSV или Excel (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="140" />
        <source>Reverse order</source>
        <translation>Обратный порядок</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="142" />
        <source>Show the end of the register first, without loading it (Ctrl+End)</source>
        <translation>Показать сначала конец реестра, не загружая его целиком (Ctrl+End)</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="148" />
        <source>File into a case…</source>
        <translation>Подшить в дело…</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="155" />
        <source>Registered from</source>
        <translation>Зарегистрированы с</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="157" />
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="289" />
        <source>Letters shown: {0}; counting…</source>
        <translation>Показано писем: {0}; идёт подсчёт…</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="291" />
        <source>Letters shown: {0} of {1}</source>
        <translation>Показано писем: {0} из {1}</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="303" />
        <source>Select closed letters to file them into a case of the nomenclature</source>
        <translation>Выделите закрытые письма, чтобы подшить их в дело по номенклатуре</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="308" />
        <source>Only closed letters are filed: {0} of the selected are still open</source>
        <translation>Подшиваются только закрытые письма: из выделенных не закрыто {0}</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="312" />
        <source>Open the archive with the selected letters ready to file</source>
        <translation>Открыть архив с выделенными письмами для подшивки в дело</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="349" />
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV для Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="350" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="354" />
        <source>Export the register</source>
        <translation>Выгрузка реестра</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="376" />
        <source>Exporting the register</source>
        <translation>Выгрузка реестра</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="388" />
        <source>Exported {0} letters to {1}</source>
        <translation>Выгружено писем: {0}, файл {1}</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="396" />
        <source>Export cancelled</source>
        <translation>Выгрузка отменена</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="398" />
        <source>Export</source>
        <translation>Выгрузка</translation>
    </message>
</context>
<context>
    <name>RegistrySearch</name>
    <message>
        <location filename="../gui/verification/search_dialog.py" line="69" />
        <source>Account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <location filename="../gui/verification/search_dialog.py" line="70" />
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../gui/verification/search_dialog.py" line="71" />
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../gui/verification/search_dialog.py" line="72" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../gui/verification/search_dialog.py" line="83" />
        <source>{0} (account closed)</source>
        <translation>{0} (счёт закрыт)</translation>
    </message>
    <message>
        <location filename="../gui/verification/search_dialog.py" line="115" />
        <source>Find a consumer in the registry</source>
        <translation>Поиск потребителя в реестре</translation>
    </message>
    <message>
        <location filename="../gui/verification/search_dialog.py" line="119" />
        <source>Account, surname or part of the address</source>
        <translation>Лицевой счёт, фамилия или часть адреса</translation>
    </message>
    <message>
        <location filename="../gui/verification/search_dialog.py" line="135" />
        <source>Link</source>
        <translation>Привязать</translation>
    </message>
    <message>
        <location filename="../gui/verification/search_dialog.py" line="137" />
        <source>Link the letter (Enter)</source>
        <translation>Привязать письмо (Enter)</translation>
    </message>
    <message>
        <location filename="../gui/verification/search_dialog.py" line="139" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../gui/verification/search_dialog.py" line="141" />
        <source>Close without linking (Esc)</source>
        <translation>Закрыть без привязки (Esc)</translation>
    </message>
    <message>
        <location filename="../gui/verification/search_dialog.py" line="177" />
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location filename="../gui/verification/search_dialog.py" line="204" />
        <source>Nobody found.</source>
        <translation>Никто не найден.</translation>
    </message>
    <message>
        <location filename="../gui/verification/search_dialog.py" line="207" />
        <source>First {0} found: type more to narrow.</source>
        <translation>Показаны первые {0}: уточните запрос.</translation>
    </message>
    <message>
        <location filename="../gui/verification/search_dialog.py" line="210" />
        <source>Found: {0}.</source>
        <translation>Найдено: {0}.</translation>
    </message>
    <message>
        <location filename="../gui/verification/search_dialog.py" line="215" />
        <source>The search failed: {0}</source>
        <translation>Ошибка поиска: {0}</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../gui/reminders.py" line="45" />
        <source> and {0} more</source>
        <translation> и ещё {0}</translation>
    </message>
    <message>
        <location filename="../gui/reminders.py" line="57" />
        <source>Overdue: {0}</source>
        <translation>Просрочены: {0}</translation>
    </message>
    <message>
        <location filename="../gui/reminders.py" line="59" />
        <source>Due today: {0}</source>
        <translation>Срок сегодня: {0}</translation>
    </message>
    <message>
        <location filename="../gui/reminders.py" line="61" />
        <source>Callbacks due: {0}</source>
        <translation>Перезвонить: {0}</translation>
    </message>
    <message>
        <location filename="../gui/reminders.py" line="62" />
        <source>Mailroom: letters need your attention</source>
        <translation>Mailroom: письма требуют внимания</translation>
    </message>
    <message>
        <location filename="../gui/reminders.py" line="97" />
        <source>Mailroom</source>
        <translation>Mailroom</translation>
    </message>
    <message>
        <location filename="../gui/reminders.py" line="123" />
        <source>Checking deadlines</source>
        <translation>Проверка сроков</translation>
    </message>
</context>
<context>
    <name>ReplyEditor</name>
    <message>
        <location filename="../gui/reply_editor.py" line="77" />
        <source>{0} of {1} — {2}</source>
        <translation>{0} от {1} — {2}</translation>
    </message>
    <message>
        <location filename="../gui/reply_editor.py" line="84" />
        <source>Registering it as outgoing stops the clock of the letters.</source>
        <translation>Регистрация исходящего останавливает срок исполнения писем.</translation>
    </message>
    <message>
        <location filename="../gui/reply_editor.py" line="87" />
        <source>Registering it as outgoing marks the letters as forwarded.</source>
        <translation>При регистрации исходящего письма отмечаются как переадресованные.</translation>
    </message>
    <message>
        <location filename="../gui/reply_editor.py" line="90" />
        <source>An interim notice: the letters stay open after registering it.</source>
        <translation>Промежуточное уведомление: после регистрации письма остаются на исполнении.</translation>
    </message>
    <message>
        <location filename="../gui/reply_editor.py" line="107" />
        <source>The letter's status does not allow this: {0} → {1}</source>
        <translation>Статус письма этого не допускает: {0} → {1}</translation>
    </message>
    <message>
        <location filename="../gui/reply_editor.py" line="113" />
        <source>No Cyrillic font to embed: {0}</source>
        <translation>Нет шрифта с кириллицей для встраивания: {0}</translation>
    </message>
    <message>
        <location filename="../gui/reply_editor.py" line="115" />
        <source>The reply cannot be registered: {0}</source>
        <translation>Ответ нельзя зарегистрировать: {0}</translation>
    </message>
    <message>
        <location filename="../gui/reply_editor.py" line="171" />
        <location filename="../gui/reply_editor.py" line="739" />
        <source>Reply</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../gui/reply_editor.py" line="196" />
        <source>The same reply may also answer these open letters:</source>
        <translation>Этим же ответом можно ответить и на другие открытые письма:</translation>
    </message>
    <message>
        <location filename="../gui/reply_editor.py" line="199" />
        <source>In reply to</source>
        <translation>В ответ на</translation>
    </message>
    <message>
        <location filename="../gui/reply_editor.py" line="222" />
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <location filename="../gui/reply_editor.py" line="224" />
        <source>Addressee (dative case)</source>
        <translation>Адресат (в дательном падеже)</translation>
    </message>
    <message>
        <location filename="../gui/reply_editor.py" line="226" />
        <source>Sent by</source>
        <translation>Способ отправки</translation>
    </message>
    <message>
        <location filename="../gui/reply_editor.py" line="230" />
        <source>Values for the template</source>
        <translation>Значения для шаблона</translation>
    </message>
    <message>
        <location filename="../gui/reply_editor.py" line="250" />
        <source>Template and values</source>
        <translation>Шаблон и значения</translation>
    </message>
    <message>
        <location filename="../gui/reply_editor.py" line="251" />
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../gui/reply_editor.py" line="259" />
        <source>Before the reply can go out:</source>
        <translation>Чтобы ответ можно было отправить:</translation>
    </message>
    <message>
        <location filename="../gui/reply_editor.py" line="284" />
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <location filename="../gui/reply_editor.py" line="285" />
        <source>Save DOCX…</source>
        <translation>Сохранить DOCX…</translation>
    </message>
    <message>
        <location filename="../gui/reply_editor.py" line="287" />
        <source>The same letter as a Word document, to edit further</source>
        <translation>То же письмо документом Word для дальнейшей правки</translation>
    </message>
    <message>
        <location filename="../gui/reply_editor.py" line="289" />
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../gui/reply_editor.py" line="290" />
        <location filename="../gui/reply_editor.py" line="625" />
        <source>Register as outgoing</source>
        <translation>Зарегистрировать исходящее</translation>
    </message>
    <message>
        <location filename="../gui/reply_editor.py" line="292" />
        <source>Give the reply its outgoing number, archive its PDF and move the letters on</source>
        <translation>Присвоить ответу исходящий номер, сохранить PDF в архиве и перевести письма в следующий статус</translation>
    </message>
    <message>
        <location filename="../gui/reply_editor.py" line="297" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../gui/reply_editor.py" line="327" />
        <source>No reply can be drafted here.</source>
        <translation>Подготовить ответ здесь нельзя.</translation>
    </message>
    <message>
        <location filename="../gui/reply_editor.py" line="335" />
        <location filename="../gui/reply_editor.py" line="572" />
        <source>Reply to {0}</source>
        <translation>Ответ на {0}</translation>
    </message>
    <message>
        <location filename="../gui/reply_editor.py" line="390" />
        <source>Suggested for the letter's category.</source>
        <translation>Рекомендуется для тематики письма.</translation>
    </message>
    <message>
        <location filename="../gui/reply_editor.py" line="393" />
        <source>Basis: {0}</source>
        <translation>Основание: {0}</translation>
    </message>
    <message>
        <location filename="../gui/reply_editor.py" line="400" />
        <source>Declined from the name on the card: {0}.</source>
        <translation>Склонено из имени в карточке: {0}.</translation>
    </message>
    <message>
        <location filename="../gui/reply_editor.py" line="402" />
        <source>Check the case.</source>
        <translation>Проверьте падеж.</translation>
    </message>
    <message>
        <location filename="../gui/reply_editor.py" line="409" />
        <source>Corrected by hand.</source>
        <translation>Исправлено вручную.</translation>
    </message>
    <message>
        <location filename="../gui/reply_editor.py" line="444" />
        <location filename="../gui/reply_editor.py" line="445" />
        <source>Updating the preview…</source>
        <translation>Обновляется предпросмотр…</translation>
    </message>
    <message>
        <location filename="../gui/reply_editor.py" line="472" />
        <source>Rendering the reply</source>
        <translation>Формирование ответа</translation>
    </message>
    <message>
        <location filename="../gui/reply_editor.py" line="502" />
        <source>The preview appears when the template has what it needs.</source>
        <translation>Предпросмотр появится, когда в шаблоне будет всё необходимое.</translation>
    </message>
    <message>
        <location filename="../gui/reply_editor.py" line="509" />
        <source>Not ready yet</source>
        <translation>Ещё не готово</translation>
    </message>
    <message>
        <location filename="../gui/reply_editor.py" line="521" />
        <source>Preview: draft, {0} page(s); the number is given on registering</source>
        <translation>Предпросмотр: проект, страниц: {0}; номер присваивается при регистрации</translation>
    </message>
    <message>
        <location filename="../gui/reply_editor.py" line="543" />
        <source>Loading the letter…</source>
        <translation>Загрузка письма…</translation>
    </message>
    <message>
        <location filename="../gui/reply_editor.py" line="577" />
        <source>Save PDF</source>
        <translation>Сохранить PDF</translation>
    </message>
    <message>
        <location filename="../gui/reply_editor.py" line="582" />
        <source>Save DOCX</source>
        <translation>Сохранить DOCX</translation>
    </message>
    <message>
        <location filename="../gui/reply_editor.py" line="600" />
        <source>Saved: {0}</source>
        <translation>Сохранено: {0}</translation>
    </message>
    <message>
        <location filename="../gui/reply_editor.py" line="613" />
        <source>Sent to the printer: {0} page(s)</source>
        <translation>Отправлено на печать, страниц: {0}</translation>
    </message>
    <message>
        <location filename="../gui/reply_editor.py" line="626" />
        <source>Register this reply as outgoing? It gets the next outgoing number, its PDF is archived and the letters it answers change status. This cannot be undone.</source>
        <translation>Зарегистрировать ответ как исходящий? Ему будет присвоен следующий исходящий номер, PDF сохранится в архиве, а письма, на которые он отвечает, сменят статус. Отменить это нельзя.</translation>
    </message>
    <message>
        <location filename="../gui/reply_editor.py" line="635" />
        <source>Yes, register</source>
        <translation>Да, зарегистрировать</translation>
    </message>
    <message>
        <location filename="../gui/reply_editor.py" line="650" />
        <source>Registering the reply</source>
        <translation>Регистрация ответа</translation>
    </message>
    <message>
        <location filename="../gui/reply_editor.py" line="661" />
        <source>Registering…</source>
        <translation>Регистрация…</translation>
    </message>
    <message>
        <location filename="../gui/reply_editor.py" line="676" />
        <source>The reply was not registered.</source>
        <translation>Ответ не зарегистрирован.</translation>
    </message>
    <message>
        <location filename="../gui/reply_editor.py" line="688" />
        <source>letter {0}: {1}</source>
        <translation>письмо {0}: {1}</translation>
    </message>
    <message>
        <location filename="../gui/reply_editor.py" line="694" />
        <source>Registered as outgoing № {0} of {1}</source>
        <translation>Зарегистрирован исходящий № {0} от {1}</translation>
    </message>
    <message>
        <location filename="../gui/reply_editor.py" line="702" />
        <source>The archived reply</source>
        <translation>Ответ из архива</translation>
    </message>
    <message>
        <location filename="../gui/reply_editor.py" line="703" />
        <source>Reply {0}</source>
        <translation>Ответ {0}</translation>
    </message>
    <message>
        <location filename="../gui/reply_editor.py" line="706" />
        <source>Registered as outgoing № {0}</source>
        <translation>Зарегистрирован исходящий № {0}</translation>
    </message>
</context>
<context>
    <name>ReplyForm</name>
    <message>
        <location filename="../gui/reply_editor.py" line="214" />
        <location filename="../gui/reply_form.py" line="92" />
        <source>e.g. {0}</source>
        <translation>например: {0}</translation>
    </message>
    <message>
        <location filename="../gui/reply_form.py" line="38" />
        <source>An amount in roubles, e.g. 1 234,56</source>
        <translation>Сумма в рублях, например 1 234,56</translation>
    </message>
    <message>
        <location filename="../gui/reply_form.py" line="39" />
        <source>A date: dd.mm.yyyy</source>
        <translation>Дата: дд.мм.гггг</translation>
    </message>
    <message>
        <location filename="../gui/reply_form.py" line="40" />
        <source>A number</source>
        <translation>Число</translation>
    </message>
    <message>
        <location filename="../gui/reply_form.py" line="41" />
        <source>A whole number</source>
        <translation>Целое число</translation>
    </message>
    <message>
        <location filename="../gui/reply_form.py" line="65" />
        <source>This template needs no values.</source>
        <translation>Этому шаблону не нужны дополнительные значения.</translation>
    </message>
    <message>
        <location filename="../gui/reply_form.py" line="97" />
        <source>May be left empty.</source>
        <translation>Можно не заполнять.</translation>
    </message>
    <message>
        <location filename="../gui/reply_form.py" line="147" />
        <source>the consumer's account (link the letter to a consumer)</source>
        <translation>лицевой счёт потребителя (привяжите письмо к потребителю)</translation>
    </message>
    <message>
        <location filename="../gui/reply_form.py" line="150" />
        <source>the consumer's address (on the letter card)</source>
        <translation>адрес потребителя (в карточке письма)</translation>
    </message>
    <message>
        <location filename="../gui/reply_form.py" line="151" />
        <source>the consumer's postal code (on the letter card)</source>
        <translation>почтовый индекс потребителя (в карточке письма)</translation>
    </message>
    <message>
        <location filename="../gui/reply_form.py" line="154" />
        <source>the consumer's phone (on the letter card)</source>
        <translation>телефон потребителя (в карточке письма)</translation>
    </message>
    <message>
        <location filename="../gui/reply_form.py" line="155" />
        <source>the consumer's e-mail (on the letter card)</source>
        <translation>электронная почта потребителя (в карточке письма)</translation>
    </message>
    <message>
        <location filename="../gui/reply_form.py" line="156" />
        <source>the sender's own number of the letter</source>
        <translation>исходящий номер письма у отправителя</translation>
    </message>
    <message>
        <location filename="../gui/reply_form.py" line="157" />
        <source>the sender's own date of the letter</source>
        <translation>дата письма у отправителя</translation>
    </message>
    <message>
        <location filename="../gui/reply_form.py" line="158" />
        <source>the executor's phone (your user profile)</source>
        <translation>телефон исполнителя (в вашей учётной записи)</translation>
    </message>
    <message>
        <location filename="../gui/reply_form.py" line="163" />
        <source>the company's requisites: {0} (Settings)</source>
        <translation>реквизиты компании: {0} (Настройки)</translation>
    </message>
    <message>
        <location filename="../gui/reply_form.py" line="189" />
        <source>The letters {0} are from different consumers: a reply answers one.</source>
        <translation>Обращения {0} поступили от разных потребителей: один ответ даётся одному потребителю.</translation>
    </message>
    <message>
        <location filename="../gui/reply_form.py" line="192" />
        <source>The letter was not found (id {0}).</source>
        <translation>Письмо не найдено (идентификатор {0}).</translation>
    </message>
    <message>
        <location filename="../gui/reply_form.py" line="193" />
        <source>No letter to answer.</source>
        <translation>Нет письма, на которое нужно ответить.</translation>
    </message>
    <message>
        <location filename="../gui/reply_form.py" line="203" />
        <source>Fill in «{0}»</source>
        <translation>Заполните «{0}»</translation>
    </message>
    <message>
        <location filename="../gui/reply_form.py" line="206" />
        <source>Missing in the card or settings: {0}</source>
        <translation>Не хватает данных в карточке или настройках: {0}</translation>
    </message>
    <message>
        <location filename="../gui/reply_form.py" line="217" />
        <source>«{0}» cannot be read: check the value</source>
        <translation>«{0}»: значение не распознано, проверьте его</translation>
    </message>
    <message>
        <location filename="../gui/reply_form.py" line="221" />
        <source>The template has an error: {0}</source>
        <translation>Ошибка в шаблоне: {0}</translation>
    </message>
    <message>
        <location filename="../gui/reply_form.py" line="222" />
        <source>The template uses something that is not allowed: {0}</source>
        <translation>Шаблон использует недопустимые конструкции: {0}</translation>
    </message>
    <message>
        <location filename="../gui/reply_form.py" line="223" />
        <source>The template uses unknown placeholders: {0}</source>
        <translation>Шаблон использует неизвестные поля: {0}</translation>
    </message>
    <message>
        <location filename="../gui/reply_form.py" line="224" />
        <source>The template cannot be rendered: {0}</source>
        <translation>Не удалось сформировать письмо по шаблону: {0}</translation>
    </message>
    <message>
        <location filename="../gui/reply_form.py" line="225" />
        <source>No such template: {0}</source>
        <translation>Шаблон не найден: {0}</translation>
    </message>
    <message>
        <location filename="../gui/reply_form.py" line="226" />
        <source>The template is invalid: {0}</source>
        <translation>Шаблон составлен неверно: {0}</translation>
    </message>
    <message>
        <location filename="../gui/reply_form.py" line="230" />
        <source>(line {0})</source>
        <translation>(строка {0})</translation>
    </message>
</context>
<context>
    <name>ReplyOutput</name>
    <message>
        <location filename="../gui/reply_output.py" line="55" />
        <source>Open PDF</source>
        <translation>Открыть PDF</translation>
    </message>
    <message>
        <location filename="../gui/reply_output.py" line="56" />
        <source>No program opened the PDF. It is saved here: {0}</source>
        <translation>Ни одна программа не открыла PDF. Файл сохранён здесь: {0}</translation>
    </message>
    <message>
        <location filename="../gui/reply_output.py" line="72" />
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../gui/reply_output.py" line="73" />
        <source>Word document (*.docx)</source>
        <translation>Документ Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../gui/reply_output.py" line="74" />
        <source>CSV table (*.csv)</source>
        <translation>Таблица CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../gui/reply_output.py" line="75" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../gui/reply_output.py" line="97" />
        <source>Saving {0}</source>
        <translation>Сохранение {0}</translation>
    </message>
    <message>
        <location filename="../gui/reply_output.py" line="116" />
        <location filename="../gui/reply_output.py" line="140" />
        <source>Print: {0}</source>
        <translation>Печать: {0}</translation>
    </message>
    <message>
        <location filename="../gui/reply_output.py" line="121" />
        <source>Printing {0}</source>
        <translation>Печать {0}</translation>
    </message>
    <message>
        <location filename="../gui/reply_output.py" line="145" />
        <source>The printer cannot be used: {0}</source>
        <translation>Принтер недоступен: {0}</translation>
    </message>
</context>
<context>
    <name>ReplyText</name>
    <message>
        <location filename="../gui/reply_text_tab.py" line="38" />
        <source>The title of the letter</source>
        <translation>Заголовок письма</translation>
    </message>
    <message>
        <location filename="../gui/reply_text_tab.py" line="41" />
        <source>Bold</source>
        <translation>Полужирный</translation>
    </message>
    <message>
        <location filename="../gui/reply_text_tab.py" line="42" />
        <source>Mark the selection bold (Ctrl+B)</source>
        <translation>Выделить полужирным (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../gui/reply_text_tab.py" line="43" />
        <source>List item</source>
        <translation>Пункт списка</translation>
    </message>
    <message>
        <location filename="../gui/reply_text_tab.py" line="45" />
        <source>Make the selected lines items of a list</source>
        <translation>Сделать выделенные строки пунктами списка</translation>
    </message>
    <message>
        <location filename="../gui/reply_text_tab.py" line="47" />
        <source>Template text</source>
        <translation>Текст шаблона</translation>
    </message>
    <message>
        <location filename="../gui/reply_text_tab.py" line="49" />
        <source>Drop the changes made by hand and use the template's text</source>
        <translation>Отменить ручную правку и вернуть текст шаблона</translation>
    </message>
    <message>
        <location filename="../gui/reply_text_tab.py" line="60" />
        <source>A blank line starts a new paragraph; a line starting with «- » is a list item; **text** is bold; a line starting with «= » is centred.</source>
        <translation>Пустая строка начинает новый абзац; строка, начинающаяся с «- », — пункт списка; **текст** — полужирный; строка, начинающаяся с «= », — по центру.</translation>
    </message>
    <message>
        <location filename="../gui/reply_text_tab.py" line="75" />
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../gui/reply_text_tab.py" line="77" />
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../gui/reply_text_tab.py" line="129" />
        <source>Edited by hand: the template's fields no longer change this text.</source>
        <translation>Изменено вручную: поля шаблона больше не меняют этот текст.</translation>
    </message>
    <message>
        <location filename="../gui/reply_text_tab.py" line="134" />
        <source>The template's text: it follows the fields.</source>
        <translation>Текст шаблона: он меняется вместе с полями.</translation>
    </message>
</context>
<context>
    <name>ResolutionDialog</name>
    <message>
        <location filename="../gui/resolution_dialog.py" line="71" />
        <source>no due date</source>
        <translation>срок не установлен</translation>
    </message>
    <message>
        <location filename="../gui/resolution_dialog.py" line="72" />
        <source>due {0}, control {1}</source>
        <translation>срок {0}, контроль {1}</translation>
    </message>
    <message>
        <location filename="../gui/resolution_dialog.py" line="228" />
        <source>Resolution</source>
        <translation>Резолюция</translation>
    </message>
    <message>
        <location filename="../gui/resolution_dialog.py" line="229" />
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../gui/resolution_dialog.py" line="237" />
        <source>New resolution</source>
        <translation>Новая резолюция</translation>
    </message>
    <message>
        <location filename="../gui/resolution_dialog.py" line="238" />
        <source>Reassignment</source>
        <translation>Переназначение</translation>
    </message>
    <message>
        <location filename="../gui/resolution_dialog.py" line="240" />
        <source>Hand the letter to other executors; the instruction and control date stay</source>
        <translation>Передать обращение другим исполнителям; поручение и контрольный срок сохраняются</translation>
    </message>
    <message>
        <location filename="../gui/resolution_dialog.py" line="262" />
        <source>Tick the co-executors; the lead one answers for it</source>
        <translation>Отметьте соисполнителей; за исполнение отвечает ответственный исполнитель</translation>
    </message>
    <message>
        <location filename="../gui/resolution_dialog.py" line="268" />
        <source>For example: prepare a reply, check the readings</source>
        <translation>Например: подготовить ответ, проверить показания</translation>
    </message>
    <message>
        <location filename="../gui/resolution_dialog.py" line="282" />
        <source>Why the letter goes to someone else</source>
        <translation>Почему обращение передаётся другому исполнителю</translation>
    </message>
    <message>
        <location filename="../gui/resolution_dialog.py" line="289" />
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <location filename="../gui/resolution_dialog.py" line="290" />
        <source>Executor (lead)</source>
        <translation>Ответственный исполнитель</translation>
    </message>
    <message>
        <location filename="../gui/resolution_dialog.py" line="291" />
        <source>Co-executors</source>
        <translation>Соисполнители</translation>
    </message>
    <message>
        <location filename="../gui/resolution_dialog.py" line="292" />
        <source>Instruction</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <location filename="../gui/resolution_dialog.py" line="293" />
        <source>Control date</source>
        <translation>Контрольный срок</translation>
    </message>
    <message>
        <location filename="../gui/resolution_dialog.py" line="295" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../gui/resolution_dialog.py" line="297" />
        <location filename="../gui/resolution_dialog.py" line="384" />
        <source>Write resolution</source>
        <translation>Наложить резолюцию</translation>
    </message>
    <message>
        <location filename="../gui/resolution_dialog.py" line="329" />
        <source>Resolution — {0}</source>
        <translation>Резолюция — {0}</translation>
    </message>
    <message>
        <location filename="../gui/resolution_dialog.py" line="332" />
        <source>Status: {0}; {1}</source>
        <translation>Статус: {0}; {1}</translation>
    </message>
    <message>
        <location filename="../gui/resolution_dialog.py" line="340" />
        <source>Now with: {0} ({1}), control {2}</source>
        <translation>Сейчас исполняет: {0} ({1}), контроль {2}</translation>
    </message>
    <message>
        <location filename="../gui/resolution_dialog.py" line="348" />
        <source>— any department —</source>
        <translation>— любое подразделение —</translation>
    </message>
    <message>
        <location filename="../gui/resolution_dialog.py" line="358" />
        <source>by the rule: {0}; no later than the due date {1}</source>
        <translation>по правилу: {0}; не позже срока исполнения {1}</translation>
    </message>
    <message>
        <location filename="../gui/resolution_dialog.py" line="382" />
        <source>Reassign</source>
        <translation>Переназначить</translation>
    </message>
    <message>
        <location filename="../gui/resolution_dialog.py" line="399" />
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <location filename="../gui/search_model.py" line="28" />
        <source>Reg. No.</source>
        <translation>Рег. №</translation>
    </message>
    <message>
        <location filename="../gui/search_model.py" line="29" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../gui/search_model.py" line="30" />
        <source>Sender</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <location filename="../gui/search_model.py" line="31" />
        <source>Found text</source>
        <translation>Найденный текст</translation>
    </message>
    <message>
        <location filename="../gui/search_model.py" line="32" />
        <source>Match</source>
        <translation>Совпадение</translation>
    </message>
    <message>
        <location filename="../gui/search_model.py" line="93" />
        <source>Registration date</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <location filename="../gui/search_model.py" line="107" />
        <source>Found by approximate match: the letter has words one or two characters away from the query (OCR errors)</source>
        <translation>Найдено по приблизительному совпадению: в письме есть слова, отличающиеся от запроса на один-два символа (ошибки распознавания)</translation>
    </message>
    <message>
        <location filename="../gui/search_model.py" line="138" />
        <source>approximate</source>
        <translation>приблизительно</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../gui/search_view.py" line="112" />
        <source>Words are found in any form and case: «счётчик» finds «счетчика» and «СЧЁТЧИКОВ».
"exact phrase": the words side by side; -word: letters without it.
л/с: account, от: sender, №: registration number (incoming or outgoing).</source>
        <translation>Слова ищутся в любой форме и любом регистре: «счётчик» найдёт «счетчика» и «СЧЁТЧИКОВ».
"точная фраза" — слова подряд; -слово — письма без этого слова.
л/с: — лицевой счёт, от: — отправитель, №: — регистрационный номер (входящий или исходящий).</translation>
    </message>
    <message>
        <location filename="../gui/search_view.py" line="157" />
        <source>Words, "exact phrase", -exclude, л/с: account, от: sender, №: number</source>
        <translation>Слова, "точная фраза", -исключить, л/с: счёт, от: отправитель, №: номер</translation>
    </message>
    <message>
        <location filename="../gui/search_view.py" line="169" />
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location filename="../gui/search_view.py" line="170" />
        <source>Search the whole register (Enter)</source>
        <translation>Искать по всему реестру (Enter)</translation>
    </message>
    <message>
        <location filename="../gui/search_view.py" line="175" />
        <source>Any category</source>
        <translation>Любая тема</translation>
    </message>
    <message>
        <location filename="../gui/search_view.py" line="176" />
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location filename="../gui/search_view.py" line="177" />
        <source>Any channel</source>
        <translation>Любой канал</translation>
    </message>
    <message>
        <location filename="../gui/search_view.py" line="179" />
        <source>Linked or not</source>
        <translation>С привязкой и без</translation>
    </message>
    <message>
        <location filename="../gui/search_view.py" line="180" />
        <source>Linked to a consumer</source>
        <translation>Привязаны к потребителю</translation>
    </message>
    <message>
        <location filename="../gui/search_view.py" line="181" />
        <source>Not linked</source>
        <translation>Не привязано</translation>
    </message>
    <message>
        <location filename="../gui/search_view.py" line="191" />
        <source>Reset filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <location filename="../gui/search_view.py" line="224" />
        <source>Show more results</source>
        <translation>Показать ещё</translation>
    </message>
    <message>
        <location filename="../gui/search_view.py" line="226" />
        <source>Load the next {0} results (Ctrl+M)</source>
        <translation>Загрузить следующие {0} результатов (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../gui/search_view.py" line="236" />
        <source>Registered from</source>
        <translation>Зарегистрированы с</translation>
    </message>
    <message>
        <location filename="../gui/search_view.py" line="238" />
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../gui/search_view.py" line="329" />
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location filename="../gui/search_view.py" line="331" />
        <source>Searching the register</source>
        <translation>Поиск по реестру</translation>
    </message>
    <message>
        <location filename="../gui/search_view.py" line="365" />
        <source>The search failed ({0}). Details are in the log.</source>
        <translation>Поиск не удался ({0}). Подробности — в журнале.</translation>
    </message>
    <message>
        <location filename="../gui/search_view.py" line="376" />
        <source>Type what to look for and press Enter.</source>
        <translation>Введите, что искать, и нажмите Enter.</translation>
    </message>
    <message>
        <location filename="../gui/search_view.py" line="388" />
        <source>The query could not be used as written; it was simplified.</source>
        <translation>Запрос в таком виде выполнить не удалось; он упрощён.</translation>
    </message>
    <message>
        <location filename="../gui/search_view.py" line="394" />
        <source>Few exact matches: letters found by approximate match (words one or two characters away from the query, as OCR errors make them) are shown too and marked «approximate».</source>
        <translation>Точных совпадений мало: показаны и письма, найденные по приблизительному совпадению (слова отличаются от запроса на один-два символа, как бывает при ошибках распознавания); они отмечены «приблизительно».</translation>
    </message>
    <message>
        <location filename="../gui/search_view.py" line="404" />
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message>
        <location filename="../gui/search_view.py" line="407" />
        <source>Found letters: {0}; shown: {1}</source>
        <translation>Найдено писем: {0}; показано: {1}</translation>
    </message>
    <message>
        <location filename="../gui/search_view.py" line="410" />
        <source>Found letters: {0}</source>
        <translation>Найдено писем: {0}</translation>
    </message>
</context>
<context>
    <name>SettingsCalendar</name>
    <message>
        <location filename="../gui/settings_calendar.py" line="86" />
        <source>Working day</source>
        <translation>Рабочий день</translation>
    </message>
    <message>
        <location filename="../gui/settings_calendar.py" line="87" />
        <source>Day off</source>
        <translation>Выходной</translation>
    </message>
    <message>
        <location filename="../gui/settings_calendar.py" line="88" />
        <source>Holiday or transferred day off</source>
        <translation>Праздник или перенесённый выходной</translation>
    </message>
    <message>
        <location filename="../gui/settings_calendar.py" line="89" />
        <source>Working Saturday or Sunday</source>
        <translation>Рабочая суббота или воскресенье</translation>
    </message>
    <message>
        <location filename="../gui/settings_calendar.py" line="90" />
        <source>Day off by override</source>
        <translation>Выходной по поправке</translation>
    </message>
    <message>
        <location filename="../gui/settings_calendar.py" line="91" />
        <source>Working day by override</source>
        <translation>Рабочий по поправке</translation>
    </message>
    <message>
        <location filename="../gui/settings_calendar.py" line="98" />
        <source>override: {0}</source>
        <translation>поправка: {0}</translation>
    </message>
    <message>
        <location filename="../gui/settings_calendar.py" line="102" />
        <source>a working day by a transfer</source>
        <translation>рабочий день по переносу</translation>
    </message>
    <message>
        <location filename="../gui/settings_calendar.py" line="302" />
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <location filename="../gui/settings_calendar.py" line="339" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../gui/settings_calendar.py" line="340" />
        <source>The day is</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../gui/settings_calendar.py" line="341" />
        <source>Basis</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location filename="../gui/settings_calendar.py" line="346" />
        <source>&amp;Remove override</source>
        <translation>&amp;Удалить поправку</translation>
    </message>
    <message>
        <location filename="../gui/settings_calendar.py" line="348" />
        <source>The day follows the production calendar again</source>
        <translation>День снова идёт по производственному календарю</translation>
    </message>
    <message>
        <location filename="../gui/settings_calendar.py" line="358" />
        <location filename="../gui/settings_calendar.py" line="437" />
        <source>a day off</source>
        <translation>выходной</translation>
    </message>
    <message>
        <location filename="../gui/settings_calendar.py" line="359" />
        <source>a working day</source>
        <translation>рабочий день</translation>
    </message>
    <message>
        <location filename="../gui/settings_calendar.py" line="363" />
        <source>the decree, e.g. Постановление № 1234 от 01.10.2026</source>
        <translation>основание, например: Постановление № 1234 от 01.10.2026</translation>
    </message>
    <message>
        <location filename="../gui/settings_calendar.py" line="367" />
        <source>&amp;Save override</source>
        <translation>&amp;Сохранить поправку</translation>
    </message>
    <message>
        <location filename="../gui/settings_calendar.py" line="371" />
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../gui/settings_calendar.py" line="372" />
        <source>&amp;Make it:</source>
        <translation>&amp;Сделать:</translation>
    </message>
    <message>
        <location filename="../gui/settings_calendar.py" line="373" />
        <source>Rea&amp;son:</source>
        <translation>&amp;Основание:</translation>
    </message>
    <message>
        <location filename="../gui/settings_calendar.py" line="375" />
        <source>An override wins over the production calendar, for a decree the calendar does not know yet. The reason is required. After every change the due and control dates of the open letters are recomputed.</source>
        <translation>Поправка важнее производственного календаря — для постановления, которого календарь ещё не знает. Основание обязательно. После каждого изменения сроки и контрольные даты открытых писем пересчитываются.</translation>
    </message>
    <message>
        <location filename="../gui/settings_calendar.py" line="389" />
        <source>Overrides of the year</source>
        <translation>Поправки календаря за год</translation>
    </message>
    <message>
        <location filename="../gui/settings_calendar.py" line="435" />
        <source>working</source>
        <translation>рабочий</translation>
    </message>
    <message>
        <location filename="../gui/settings_calendar.py" line="448" />
        <source>{0}: {1} working days, {2} days off; overrides: {3}.</source>
        <translation>{0} год: рабочих дней — {1}, выходных и праздничных — {2}; поправок: {3}.</translation>
    </message>
    <message>
        <location filename="../gui/settings_calendar.py" line="525" />
        <source>Give the reason: the decree or order.</source>
        <translation>Укажите основание: постановление или приказ.</translation>
    </message>
    <message>
        <location filename="../gui/settings_calendar.py" line="556" />
        <source>The override of {0} is removed.</source>
        <translation>Поправка на {0} удалена.</translation>
    </message>
    <message>
        <location filename="../gui/settings_calendar.py" line="558" />
        <source>{0} is now a working day.</source>
        <translation>{0} теперь рабочий день.</translation>
    </message>
    <message>
        <location filename="../gui/settings_calendar.py" line="560" />
        <source>{0} is now a day off.</source>
        <translation>{0} теперь выходной.</translation>
    </message>
    <message>
        <location filename="../gui/settings_calendar.py" line="561" />
        <source>Deadlines recomputed: the dates of {0} open letter(s) changed.</source>
        <translation>Сроки пересчитаны: даты изменились у открытых писем: {0}.</translation>
    </message>
</context>
<context>
    <name>SettingsDeadlines</name>
    <message>
        <location filename="../gui/settings_deadlines.py" line="68" />
        <source>answer</source>
        <translation>ответ</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="69" />
        <source>registration</source>
        <translation>регистрация</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="70" />
        <source>forwarding</source>
        <translation>переадресация</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="76" />
        <source>calendar days</source>
        <translation>календарных дней</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="77" />
        <source>working days</source>
        <translation>рабочих дней</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="83" />
        <source>from registration</source>
        <translation>с даты регистрации</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="84" />
        <source>from receipt</source>
        <translation>с даты получения</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="172" />
        <source>New deadline rule</source>
        <translation>Новое правило срока</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="174" />
        <source>Deadline rule {0}</source>
        <translation>Правило срока {0}</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="179" />
        <source>e.g. reply_billing_phone</source>
        <translation>например, reply_billing_phone</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="185" />
        <location filename="../gui/settings_deadlines.py" line="192" />
        <location filename="../gui/settings_deadlines.py" line="485" />
        <source>any</source>
        <translation>любой</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="208" />
        <source>May be extended by up to</source>
        <translation>Можно продлить не более чем на</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="212" />
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="220" />
        <source>e.g. 59-ФЗ, ст. 12</source>
        <translation>например, 59-ФЗ, ст. 12</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="231" />
        <source>Of two equally specific rules the one with the lower number wins.</source>
        <translation>Из двух одинаково точных правил применяется то, у которого число меньше.</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="236" />
        <source>The rule is in force</source>
        <translation>Правило действует</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="238" />
        <source>Check against the official text</source>
        <translation>Сверить с официальным текстом</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="249" />
        <source>C&amp;ode:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="250" />
        <source>Period &amp;for:</source>
        <translation>&amp;Срок на:</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="251" />
        <source>&amp;Category:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="252" />
        <source>C&amp;hannel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="254" />
        <source>&amp;Period:</source>
        <translation>Сро&amp;к:</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="256" />
        <source>E&amp;xtension:</source>
        <translation>&amp;Продление:</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="260" />
        <source>&amp;Short basis:</source>
        <translation>Крат&amp;кое основание:</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="261" />
        <source>&amp;Legal basis:</source>
        <translation>Правовое &amp;основание:</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="262" />
        <source>Source &amp;text:</source>
        <translation>&amp;Текст нормы:</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="263" />
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="264" />
        <source>Orde&amp;r:</source>
        <translation>По&amp;рядок:</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="267" />
        <source>Example:</source>
        <translation>Пример:</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="270" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="274" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="287" />
        <source>Letters refer to the rule by its code.</source>
        <translation>Письма ссылаются на правило по его коду.</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="348" />
        <source>a letter registered today: {0}</source>
        <translation>письмо, зарегистрированное сегодня: {0}</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="382" />
        <source>For</source>
        <translation>На что</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="383" />
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="384" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="385" />
        <source>Period</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="386" />
        <source>Counted</source>
        <translation>Отсчёт</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="387" />
        <source>Extension</source>
        <translation>Продление</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="388" />
        <source>Basis</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="389" />
        <source>In force</source>
        <translation>Действует</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="390" />
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="396" />
        <source>&amp;Add rule…</source>
        <translation>&amp;Добавить правило…</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="398" />
        <source>Add a deadline rule (Ctrl+N)</source>
        <translation>Добавить правило срока (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="400" />
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="402" />
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="405" />
        <source>&amp;Recompute open letters</source>
        <translation>&amp;Пересчитать открытые письма</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="408" />
        <source>Compute the due and control dates of every letter whose clock still runs with the rules and the calendar as they are now</source>
        <translation>Пересчитать сроки и контрольные даты всех писем, срок которых ещё идёт, по нынешним правилам и календарю</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="425" />
        <source>The rules changed. The letters already registered keep their dates until they are recomputed.</source>
        <translation>Правила изменились. У зарегистрированных писем остаются прежние сроки, пока их не пересчитать.</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="433" />
        <source>Recompute now</source>
        <translation>Пересчитать сейчас</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="435" />
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="447" />
        <source>The selected rule</source>
        <translation>Выбранное правило</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="452" />
        <source>For each letter the most specific rule in force wins: a rule for its category beats one for its channel, which beats one for any letter. A period runs from the day after its start; a due date on a day off moves to the next working day, and the control date is the working day before it.</source>
        <translation>К письму применяется самое точное действующее правило: правило для темы важнее правила для канала, а оно — правила для любого письма. Срок течёт со дня, следующего за началом отсчёта; срок, выпавший на выходной, переносится на следующий рабочий день, а контрольная дата — предшествующий ему рабочий день.</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="492" />
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="502" />
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="504" />
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="522" />
        <source>Rules: {0}, in force: {1}.</source>
        <translation>Правил: {0}, действует: {1}.</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="555" />
        <source>Example, a letter registered today: {0}</source>
        <translation>Пример — письмо, зарегистрированное сегодня: {0}</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="560" />
        <source>Check this rule against the official text.</source>
        <translation>Сверьте это правило с официальным текстом.</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="584" />
        <source>Deadline rule saved.</source>
        <translation>Правило срока сохранено.</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="596" />
        <source>Delete the rule</source>
        <translation>Удаление правила</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="597" />
        <source>Delete the rule {0}? To keep it for later, edit it and take it out of force.</source>
        <translation>Удалить правило {0}? Чтобы сохранить его на будущее, измените его и снимите отметку «действует».</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="612" />
        <source>Deadline rule deleted.</source>
        <translation>Правило срока удалено.</translation>
    </message>
    <message>
        <location filename="../gui/settings_deadlines.py" line="628" />
        <source>Deadlines recomputed: the dates of {0} open letter(s) changed.</source>
        <translation>Сроки пересчитаны: даты изменились у открытых писем: {0}.</translation>
    </message>
</context>
<context>
    <name>SettingsJournals</name>
    <message>
        <location filename="../gui/settings_journals.py" line="63" />
        <source>incoming</source>
        <translation>входящие</translation>
    </message>
    <message>
        <location filename="../gui/settings_journals.py" line="64" />
        <source>outgoing</source>
        <translation>исходящие</translation>
    </message>
    <message>
        <location filename="../gui/settings_journals.py" line="116" />
        <location filename="../gui/settings_journals.py" line="170" />
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <location filename="../gui/settings_journals.py" line="117" />
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <location filename="../gui/settings_journals.py" line="118" />
        <source>Number format</source>
        <translation>Формат номера</translation>
    </message>
    <message>
        <location filename="../gui/settings_journals.py" line="119" />
        <source>Example</source>
        <translation>Пример</translation>
    </message>
    <message>
        <location filename="../gui/settings_journals.py" line="120" />
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <location filename="../gui/settings_journals.py" line="125" />
        <source>&amp;New journal</source>
        <translation>&amp;Новый журнал</translation>
    </message>
    <message>
        <location filename="../gui/settings_journals.py" line="128" />
        <source>Add a journal of incoming letters (Ctrl+N)</source>
        <translation>Добавить журнал входящих (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../gui/settings_journals.py" line="131" />
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../gui/settings_journals.py" line="133" />
        <source>Only a journal that has never given a number</source>
        <translation>Только журнал, который ещё не выдал ни одного номера</translation>
    </message>
    <message>
        <location filename="../gui/settings_journals.py" line="140" />
        <source>Registration journals</source>
        <translation>Журналы регистрации</translation>
    </message>
    <message>
        <location filename="../gui/settings_journals.py" line="147" />
        <source>Latin letters, e.g. phone</source>
        <translation>латинские буквы, например phone</translation>
    </message>
    <message>
        <location filename="../gui/settings_journals.py" line="156" />
        <source>&amp;Save journal</source>
        <translation>&amp;Сохранить журнал</translation>
    </message>
    <message>
        <location filename="../gui/settings_journals.py" line="160" />
        <source>Use {year} and {seq}; {seq:05d} pads the number with zeros to five digits. Give each journal a prefix of its own: two journals may not give the same number. A new format applies to the next number; letters keep theirs.</source>
        <translation>Используйте {year} (год) и {seq} (порядковый номер); {seq:05d} дополняет номер нулями до пяти цифр. У каждого журнала должен быть свой префикс: два журнала не могут выдавать одинаковые номера. Новый формат действует со следующего номера; у писем номера остаются прежними.</translation>
    </message>
    <message>
        <location filename="../gui/settings_journals.py" line="172" />
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <location filename="../gui/settings_journals.py" line="173" />
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../gui/settings_journals.py" line="174" />
        <source>Number &amp;format:</source>
        <translation>&amp;Формат номера:</translation>
    </message>
    <message>
        <location filename="../gui/settings_journals.py" line="175" />
        <source>Example:</source>
        <translation>Пример:</translation>
    </message>
    <message>
        <location filename="../gui/settings_journals.py" line="183" />
        <source>A journal per channel</source>
        <translation>Журнал для каждого канала</translation>
    </message>
    <message>
        <location filename="../gui/settings_journals.py" line="193" />
        <source>A letter of a channel is numbered in the journal chosen for it, without gaps in each journal and year. Phone calls, for example, may get numbers of their own.</source>
        <translation>Письмо канала получает номер в выбранном для канала журнале, без пропусков в каждом журнале и году. Например, у телефонных обращений могут быть свои номера.</translation>
    </message>
    <message>
        <location filename="../gui/settings_journals.py" line="229" />
        <source>not a valid format</source>
        <translation>недопустимый формат</translation>
    </message>
    <message>
        <location filename="../gui/settings_journals.py" line="261" />
        <source>Journals: {0}; channels with a journal of their own: {1}.</source>
        <translation>Журналов: {0}; каналов со своим журналом: {1}.</translation>
    </message>
    <message>
        <location filename="../gui/settings_journals.py" line="308" />
        <source>not a valid format: it needs {seq}, and braces only around {year} and {seq}</source>
        <translation>недопустимый формат: нужен {seq}, а фигурные скобки — только вокруг {year} и {seq}</translation>
    </message>
    <message>
        <location filename="../gui/settings_journals.py" line="335" />
        <source>The journal code is 2 to 32 small Latin letters, digits and underscores, beginning with a letter.</source>
        <translation>Код журнала — от 2 до 32 строчных латинских букв, цифр и знаков подчёркивания, первым идёт буква.</translation>
    </message>
    <message>
        <location filename="../gui/settings_journals.py" line="360" />
        <source>Journal «{0}» saved; its numbers look like {1}.</source>
        <translation>Журнал «{0}» сохранён; его номера выглядят так: {1}.</translation>
    </message>
    <message>
        <location filename="../gui/settings_journals.py" line="376" />
        <source>Journal «{0}» deleted.</source>
        <translation>Журнал «{0}» удалён.</translation>
    </message>
    <message>
        <location filename="../gui/settings_journals.py" line="393" />
        <source>Letters of the channel «{0}» are now numbered in «{1}».</source>
        <translation>Письма канала «{0}» теперь нумеруются в журнале «{1}».</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../gui/settings_common.py" line="185" />
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../gui/settings_common.py" line="186" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>SettingsPages</name>
    <message>
        <location filename="../gui/settings_common.py" line="50" />
        <source>Unknown way of choosing the executor.</source>
        <translation>Неизвестный способ выбора исполнителя.</translation>
    </message>
    <message>
        <location filename="../gui/settings_common.py" line="51" />
        <source>The department no longer exists.</source>
        <translation>Такого подразделения больше нет.</translation>
    </message>
    <message>
        <location filename="../gui/settings_common.py" line="52" />
        <location filename="../gui/settings_common.py" line="103" />
        <source>The rule no longer exists: someone deleted it.</source>
        <translation>Правила больше нет: его кто-то удалил.</translation>
    </message>
    <message>
        <location filename="../gui/settings_common.py" line="61" />
        <source>The calendar has no working day near a date: check the overrides.</source>
        <translation>В календаре нет рабочего дня рядом с датой: проверьте поправки.</translation>
    </message>
    <message>
        <location filename="../gui/settings_common.py" line="65" />
        <source>Give the reason: the decree or order.</source>
        <translation>Укажите основание: постановление или приказ.</translation>
    </message>
    <message>
        <location filename="../gui/settings_common.py" line="71" />
        <source>The code is 2 to 64 small Latin letters, digits and underscores, beginning with a letter.</source>
        <translation>Код — от 2 до 64 строчных латинских букв, цифр и знаков подчёркивания, первым идёт буква.</translation>
    </message>
    <message>
        <location filename="../gui/settings_common.py" line="76" />
        <source>Another rule has this code.</source>
        <translation>Этот код уже есть у другого правила.</translation>
    </message>
    <message>
        <location filename="../gui/settings_common.py" line="77" />
        <source>Choose what the period is for.</source>
        <translation>Выберите, для чего этот срок.</translation>
    </message>
    <message>
        <location filename="../gui/settings_common.py" line="78" />
        <source>The category is a code of small Latin letters, digits and _.</source>
        <translation>Тема — код из строчных латинских букв, цифр и знака _.</translation>
    </message>
    <message>
        <location filename="../gui/settings_common.py" line="81" />
        <location filename="../gui/settings_common.py" line="124" />
        <source>Unknown channel.</source>
        <translation>Неизвестный канал.</translation>
    </message>
    <message>
        <location filename="../gui/settings_common.py" line="82" />
        <source>The period is 1 to 366 days.</source>
        <translation>Срок — от 1 до 366 дней.</translation>
    </message>
    <message>
        <location filename="../gui/settings_common.py" line="83" />
        <source>Choose calendar or working days.</source>
        <translation>Выберите календарные или рабочие дни.</translation>
    </message>
    <message>
        <location filename="../gui/settings_common.py" line="84" />
        <source>Choose whether the period runs from receipt or registration.</source>
        <translation>Выберите, откуда отсчитывается срок: с даты получения или с даты регистрации.</translation>
    </message>
    <message>
        <location filename="../gui/settings_common.py" line="87" />
        <source>The extension is 0 to 366 days.</source>
        <translation>Продление — от 0 до 366 дней.</translation>
    </message>
    <message>
        <location filename="../gui/settings_common.py" line="88" />
        <source>Give the legal basis of the rule.</source>
        <translation>Укажите правовое основание правила.</translation>
    </message>
    <message>
        <location filename="../gui/settings_common.py" line="89" />
        <source>The short basis is at most 200 characters: it goes into every letter's explanation.</source>
        <translation>Краткое основание — не более 200 знаков: оно входит в пояснение к сроку каждого письма.</translation>
    </message>
    <message>
        <location filename="../gui/settings_common.py" line="93" />
        <source>The active rule {0} already matches this purpose, category and channel: change it, or deactivate one of the two.</source>
        <translation>Действующее правило {0} уже подходит к этому назначению, теме и каналу: измените его или выведите одно из двух из действия.</translation>
    </message>
    <message>
        <location filename="../gui/settings_common.py" line="98" />
        <source>This is the last active answer rule for any category and channel (the default for written appeals): keep it, or add another such rule first.</source>
        <translation>Это последнее действующее правило срока ответа для любой темы и канала (срок по умолчанию для письменных обращений): оставьте его или сначала добавьте другое такое правило.</translation>
    </message>
    <message>
        <location filename="../gui/settings_common.py" line="110" />
        <source>The journal code is 2 to 32 small Latin letters, digits and underscores, beginning with a letter.</source>
        <translation>Код журнала — от 2 до 32 строчных латинских букв, цифр и знаков подчёркивания, первым идёт буква.</translation>
    </message>
    <message>
        <location filename="../gui/settings_common.py" line="115" />
        <source>Give the journal a name.</source>
        <translation>Укажите название журнала.</translation>
    </message>
    <message>
        <location filename="../gui/settings_common.py" line="116" />
        <source>Not a valid number format: use {year} and {seq}, e.g. Т-{year}-{seq:05d}.</source>
        <translation>Недопустимый формат номера: используйте {year} и {seq}, например Т-{year}-{seq:05d}.</translation>
    </message>
    <message>
        <location filename="../gui/settings_common.py" line="120" />
        <source>The journal {0} gives the same numbers: make the prefix different.</source>
        <translation>Журнал {0} даёт такие же номера: сделайте другой префикс.</translation>
    </message>
    <message>
        <location filename="../gui/settings_common.py" line="125" />
        <source>The journal {0} no longer exists.</source>
        <translation>Журнала {0} больше нет.</translation>
    </message>
    <message>
        <location filename="../gui/settings_common.py" line="126" />
        <source>Only a journal of incoming letters can number a channel.</source>
        <translation>Нумеровать письма канала может только журнал входящих.</translation>
    </message>
    <message>
        <location filename="../gui/settings_common.py" line="129" />
        <source>The journal {0} has given numbers or numbers a channel: it cannot be deleted.</source>
        <translation>Журнал {0} уже выдавал номера или назначен каналу: удалить его нельзя.</translation>
    </message>
    <message>
        <location filename="../gui/settings_common.py" line="133" />
        <source>The journal {0} is built in: it stays.</source>
        <translation>Журнал {0} встроенный: удалить его нельзя.</translation>
    </message>
    <message>
        <location filename="../gui/settings_common.py" line="145" />
        <source>Not done ({0}: {1}). Details are in the log.</source>
        <translation>Не выполнено ({0}: {1}). Подробности — в журнале.</translation>
    </message>
</context>
<context>
    <name>SettingsRouting</name>
    <message>
        <location filename="../gui/settings_routing.py" line="68" />
        <source>in turn</source>
        <translation>по очереди</translation>
    </message>
    <message>
        <location filename="../gui/settings_routing.py" line="69" />
        <source>the least loaded</source>
        <translation>наименее загруженный</translation>
    </message>
    <message>
        <location filename="../gui/settings_routing.py" line="120" />
        <source>any</source>
        <translation>любой</translation>
    </message>
    <message>
        <location filename="../gui/settings_routing.py" line="152" />
        <source>New routing rule</source>
        <translation>Новое правило распределения</translation>
    </message>
    <message>
        <location filename="../gui/settings_routing.py" line="154" />
        <source>Routing rule</source>
        <translation>Правило распределения</translation>
    </message>
    <message>
        <location filename="../gui/settings_routing.py" line="174" />
        <source>The rule is in force</source>
        <translation>Правило действует</translation>
    </message>
    <message>
        <location filename="../gui/settings_routing.py" line="185" />
        <source>&amp;Category:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <location filename="../gui/settings_routing.py" line="186" />
        <source>C&amp;hannel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <location filename="../gui/settings_routing.py" line="187" />
        <source>&amp;Department:</source>
        <translation>&amp;Отдел:</translation>
    </message>
    <message>
        <location filename="../gui/settings_routing.py" line="188" />
        <source>&amp;Executor:</source>
        <translation>&amp;Исполнитель:</translation>
    </message>
    <message>
        <location filename="../gui/settings_routing.py" line="189" />
        <source>&amp;Order:</source>
        <translation>&amp;Порядок:</translation>
    </message>
    <message>
        <location filename="../gui/settings_routing.py" line="191" />
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <location filename="../gui/settings_routing.py" line="195" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../gui/settings_routing.py" line="199" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../gui/settings_routing.py" line="224" />
        <source>There are no departments yet: add them on the Users page.</source>
        <translation>Отделов пока нет: добавьте их на странице «Пользователи».</translation>
    </message>
    <message>
        <location filename="../gui/settings_routing.py" line="255" />
        <source>Of the last {0} letters this rule matches {1} on its own (a rule earlier in the order may take some of them).</source>
        <translation>Из последних писем ({0}) этому правилу само по себе подходит {1} (часть из них может забрать правило выше по порядку).</translation>
    </message>
    <message>
        <location filename="../gui/settings_routing.py" line="262" />
        <source>For example: {0}.</source>
        <translation>Например: {0}.</translation>
    </message>
    <message>
        <location filename="../gui/settings_routing.py" line="294" />
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../gui/settings_routing.py" line="295" />
        <location filename="../gui/settings_routing.py" line="354" />
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../gui/settings_routing.py" line="296" />
        <location filename="../gui/settings_routing.py" line="355" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../gui/settings_routing.py" line="297" />
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <location filename="../gui/settings_routing.py" line="298" />
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../gui/settings_routing.py" line="299" />
        <source>In force</source>
        <translation>Действует</translation>
    </message>
    <message>
        <location filename="../gui/settings_routing.py" line="300" />
        <source>Recent letters</source>
        <translation>Последних писем</translation>
    </message>
    <message>
        <location filename="../gui/settings_routing.py" line="301" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../gui/settings_routing.py" line="307" />
        <source>&amp;Add rule…</source>
        <translation>&amp;Добавить правило…</translation>
    </message>
    <message>
        <location filename="../gui/settings_routing.py" line="309" />
        <source>Add a routing rule (Ctrl+N)</source>
        <translation>Добавить правило распределения (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../gui/settings_routing.py" line="311" />
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../gui/settings_routing.py" line="313" />
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../gui/settings_routing.py" line="315" />
        <source>Move &amp;up</source>
        <translation>&amp;Выше</translation>
    </message>
    <message>
        <location filename="../gui/settings_routing.py" line="316" />
        <source>Try this rule earlier</source>
        <translation>Проверять это правило раньше</translation>
    </message>
    <message>
        <location filename="../gui/settings_routing.py" line="318" />
        <source>Move do&amp;wn</source>
        <translation>&amp;Ниже</translation>
    </message>
    <message>
        <location filename="../gui/settings_routing.py" line="319" />
        <source>Try this rule later</source>
        <translation>Проверять это правило позже</translation>
    </message>
    <message>
        <location filename="../gui/settings_routing.py" line="332" />
        <source>Rules are tried from the top; the first rule in force whose category and channel match the letter sends it to its department, to the executor whose turn it is or to the least loaded one.</source>
        <translation>Правила проверяются сверху вниз; первое действующее правило, тема и канал которого подходят к письму, направляет его в свой отдел — исполнителю по очереди или наименее загруженному.</translation>
    </message>
    <message>
        <location filename="../gui/settings_routing.py" line="342" />
        <source>Routing rules</source>
        <translation>Правила распределения</translation>
    </message>
    <message>
        <location filename="../gui/settings_routing.py" line="352" />
        <source>Reg. No.</source>
        <translation>Рег. №</translation>
    </message>
    <message>
        <location filename="../gui/settings_routing.py" line="353" />
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <location filename="../gui/settings_routing.py" line="356" />
        <source>Sender</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <location filename="../gui/settings_routing.py" line="363" />
        <source>Recent letters the selected rule would have got</source>
        <translation>Последние письма, которые получило бы выбранное правило</translation>
    </message>
    <message>
        <location filename="../gui/settings_routing.py" line="401" />
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../gui/settings_routing.py" line="403" />
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../gui/settings_routing.py" line="413" />
        <source>Order value {0}</source>
        <translation>Порядковое значение {0}</translation>
    </message>
    <message>
        <location filename="../gui/settings_routing.py" line="423" />
        <source>Rules: {0}. Of the last {1} letters {2} match no rule and wait for a head's resolution.</source>
        <translation>Правил: {0}. Из последних писем ({1}) ни одному правилу не подходит {2}: они ждут резолюции руководителя.</translation>
    </message>
    <message>
        <location filename="../gui/settings_routing.py" line="458" />
        <source>Select a rule to see the letters it would get.</source>
        <translation>Выберите правило, чтобы увидеть письма, которые оно получило бы.</translation>
    </message>
    <message>
        <location filename="../gui/settings_routing.py" line="463" />
        <source>Rule {0} would have got {1} of the last {2} letters.</source>
        <translation>Правило {0} получило бы {1} из последних писем ({2}).</translation>
    </message>
    <message>
        <location filename="../gui/settings_routing.py" line="467" />
        <source>Rule {0} is not in force; in force, it would match {1} of the last {2} letters.</source>
        <translation>Правило {0} не действует; если бы действовало, ему подошло бы {1} из последних писем ({2}).</translation>
    </message>
    <message>
        <location filename="../gui/settings_routing.py" line="473" />
        <source>{0} more match it but go to an earlier rule.</source>
        <translation>Ещё {0} подходят к нему, но достаются правилу выше.</translation>
    </message>
    <message>
        <location filename="../gui/settings_routing.py" line="512" />
        <source>Routing rule saved.</source>
        <translation>Правило распределения сохранено.</translation>
    </message>
    <message>
        <location filename="../gui/settings_routing.py" line="524" />
        <source>Delete the rule</source>
        <translation>Удаление правила</translation>
    </message>
    <message>
        <location filename="../gui/settings_routing.py" line="525" />
        <source>Delete rule {0}? Letters already routed keep their department.</source>
        <translation>Удалить правило {0}? Уже распределённые письма останутся в своих отделах.</translation>
    </message>
    <message>
        <location filename="../gui/settings_routing.py" line="539" />
        <source>Routing rule deleted.</source>
        <translation>Правило распределения удалено.</translation>
    </message>
    <message>
        <location filename="../gui/settings_routing.py" line="559" />
        <source>Order of the rules saved.</source>
        <translation>Порядок правил сохранён.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../gui/settings_view.py" line="86" />
        <source>default: {0}</source>
        <translation>по умолчанию: {0}</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="89" />
        <source>tesseract from PATH</source>
        <translation>tesseract из PATH</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="91" />
        <source>not set</source>
        <translation>не задана</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="94" />
        <source>From the system locale</source>
        <translation>По языку системы</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="97" />
        <source>This workstation</source>
        <translation>Это рабочее место</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="99" />
        <source>Database URL:</source>
        <translation>Адрес базы данных:</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="100" />
        <source>File store folder:</source>
        <translation>Папка хранилища файлов:</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="101" />
        <source>Tesseract program:</source>
        <translation>Программа Tesseract:</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="102" />
        <source>OCR languages:</source>
        <translation>Языки распознавания:</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="103" />
        <source>Hot folder:</source>
        <translation>Папка сканера:</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="104" />
        <source>Quarantine folder:</source>
        <translation>Папка карантина:</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="105" />
        <source>Interface language:</source>
        <translation>Язык интерфейса:</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="107" />
        <source>The database, the file store, the Tesseract program and the language change after a restart; the other settings apply at once.</source>
        <translation>База данных, хранилище файлов, программа Tesseract и язык меняются после перезапуска; остальные настройки действуют сразу.</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="128" />
        <source>Company requisites (letterhead of replies)</source>
        <translation>Реквизиты организации (для бланка ответов)</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="131" />
        <source>Organisation:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="132" />
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="133" />
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="134" />
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="135" />
        <source>OGRN:</source>
        <translation>ОГРН:</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="136" />
        <source>INN:</source>
        <translation>ИНН:</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="138" />
        <source>Registration numbers</source>
        <translation>Регистрационные номера</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="142" />
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="143" />
        <source>Journal name</source>
        <translation>Наименование журнала</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="144" />
        <source>Number format</source>
        <translation>Формат номера</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="145" />
        <source>Example</source>
        <translation>Пример</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="157" />
        <source>Use {year} and {seq}; {seq:06d} pads the number with zeros to six digits. Example: ВХ-{year}-{seq:06d}.</source>
        <translation>Используйте {year} (год) и {seq} (порядковый номер); {seq:06d} дополняет номер нулями до шести цифр. Пример: ВХ-{year}-{seq:06d}.</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="171" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="173" />
        <source>Save the settings (Ctrl+S)</source>
        <translation>Сохранить настройки (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="175" />
        <source>Revert</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="192" />
        <source>Only the administrator changes the company requisites and the number formats; this workstation's settings are yours to change.</source>
        <translation>Реквизиты организации и форматы номеров меняет только администратор; настройки этого рабочего места можете менять вы.</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="214" />
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="222" />
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="279" />
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="281" />
        <source>Routing</source>
        <translation>Распределение</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="284" />
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="286" />
        <source>Journals</source>
        <translation>Журналы</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="316" />
        <source>not a valid format</source>
        <translation>недопустимый формат</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="354" />
        <source>a registration number format is not valid</source>
        <translation>недопустимый формат регистрационного номера</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="357" />
        <source>the OGRN must have 13 digits</source>
        <translation>ОГРН должен состоять из 13 цифр</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="358" />
        <source>the INN must have 10 or 12 digits</source>
        <translation>ИНН должен состоять из 10 или 12 цифр</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="359" />
        <source>the e-mail address is not valid</source>
        <translation>неверный адрес эл. почты</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="364" />
        <source>Not saved: {0}.</source>
        <translation>Не сохранено: {0}.</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="385" />
        <source>Settings saved.</source>
        <translation>Настройки сохранены.</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="387" />
        <source>Restart Mailroom to apply all changes.</source>
        <translation>Перезапустите Mailroom, чтобы применить все изменения.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../gui/users_page.py" line="100" />
        <source>You cannot block yourself or take away your own role.</source>
        <translation>Нельзя заблокировать себя или лишить себя роли.</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="104" />
        <source>A new user needs a password.</source>
        <translation>Новому пользователю нужен пароль.</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="106" />
        <source>Not saved ({0}: {1}). Details are in the log.</source>
        <translation>Не сохранено ({0}: {1}). Подробности — в журнале.</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="114" />
        <source>May: {0}.</source>
        <translation>Может: {0}.</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="149" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="153" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="204" />
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="206" />
        <source>User {0}</source>
        <translation>Пользователь {0}</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="223" />
        <source>— no department —</source>
        <translation>— без отдела —</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="226" />
        <source>Active (may sign in)</source>
        <translation>Действует (может входить)</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="232" />
        <source>Required: at least {0} characters.</source>
        <translation>Обязателен: не менее {0} символов.</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="234" />
        <source>Leave empty to keep the current password; at least {0} characters.</source>
        <translation>Оставьте пустым, чтобы сохранить прежний пароль; не менее {0} символов.</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="241" />
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="242" />
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="243" />
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="244" />
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="246" />
        <source>&amp;Department:</source>
        <translation>&amp;Отдел:</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="249" />
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="251" />
        <source>New &amp;password:</source>
        <translation>Новый &amp;пароль:</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="254" />
        <source>Repeat the password:</source>
        <translation>Повторите пароль:</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="305" />
        <source>New department</source>
        <translation>Новый отдел</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="307" />
        <source>Department {0}</source>
        <translation>Отдел {0}</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="311" />
        <source>short code, e.g. 02</source>
        <translation>краткий код, например 02</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="313" />
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="314" />
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="324" />
        <source>Give the department a code and a name.</source>
        <translation>Укажите код и название отдела.</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="354" />
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="355" />
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="356" />
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="357" />
        <location filename="../gui/users_page.py" line="386" />
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="358" />
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="359" />
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="365" />
        <source>Add user…</source>
        <translation>Добавить пользователя…</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="367" />
        <source>Add a user (Ctrl+N)</source>
        <translation>Добавить пользователя (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="369" />
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="371" />
        <source>Change the selected user's role, department, state or password</source>
        <translation>Изменить роль, отдел, состояние или пароль выбранного пользователя</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="374" />
        <source>Users and roles</source>
        <translation>Пользователи и роли</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="386" />
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="390" />
        <source>Add department…</source>
        <translation>Добавить отдел…</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="392" />
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="394" />
        <source>Departments</source>
        <translation>Отделы</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="404" />
        <source>Sign in with the operating-system user name</source>
        <translation>Вход по имени пользователя операционной системы</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="408" />
        <source>A user whose login is the same as their user name in the operating system signs in without a password on a computer where they are logged in. Turn it on only where people do not share a computer account.</source>
        <translation>Пользователь, чей логин совпадает с его именем в операционной системе, входит без пароля на компьютере, где он вошёл в систему. Включайте, только если у каждого своя учётная запись на компьютере.</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="418" />
        <source>Signing in</source>
        <translation>Вход в программу</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="475" />
        <source>active</source>
        <translation>действует</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="475" />
        <source>blocked</source>
        <translation>заблокирован</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="478" />
        <source>set</source>
        <translation>задан</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="480" />
        <source>none yet</source>
        <translation>не задан</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="498" />
        <source>Users: {0}; departments: {1}.</source>
        <translation>Пользователей: {0}; отделов: {1}.</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="536" />
        <source>User {0} saved.</source>
        <translation>Пользователь {0} сохранён.</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="554" />
        <source>Department saved.</source>
        <translation>Отдел сохранён.</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="584" />
        <source>Signing in with the operating-system user name is on.</source>
        <translation>Вход по имени пользователя операционной системы включён.</translation>
    </message>
    <message>
        <location filename="../gui/users_page.py" line="586" />
        <source>Signing in with the operating-system user name is off.</source>
        <translation>Вход по имени пользователя операционной системы выключен.</translation>
    </message>
</context>
<context>
    <name>VerificationStation</name>
    <message>
        <location filename="../gui/verification/dialogs.py" line="31" />
        <source>{0} was changed by someone else while you were working on it. The card now shows the saved version: check it and repeat your change.</source>
        <translation>Письмо {0} изменил другой пользователь, пока вы с ним работали. В карточке теперь сохранённая версия: проверьте её и повторите своё действие.</translation>
    </message>
    <message>
        <location filename="../gui/verification/dialogs.py" line="36" />
        <source>{0} was changed by {1} at {2} ({3}) while you were working on it. The card now shows the saved version: check it and repeat your change.</source>
        <translation>Письмо {0} изменено пользователем {1} {2} ({3}), пока вы с ним работали. В карточке теперь сохранённая версия: проверьте её и повторите своё действие.</translation>
    </message>
    <message>
        <location filename="../gui/verification/dialogs.py" line="48" />
        <source>The letter no longer exists.</source>
        <translation>Письмо больше не существует.</translation>
    </message>
    <message>
        <location filename="../gui/verification/dialogs.py" line="49" />
        <source>The letter {0} was merged into another one and is closed.</source>
        <translation>Письмо {0} присоединено к другому и закрыто для изменений.</translation>
    </message>
    <message>
        <location filename="../gui/verification/dialogs.py" line="52" />
        <source>Go to the first page of the second letter, then split (not on the first page).</source>
        <translation>Перейдите на первую страницу второго письма и разделите (на первой странице нельзя).</translation>
    </message>
    <message>
        <location filename="../gui/verification/dialogs.py" line="56" />
        <source>A letter cannot be merged with itself.</source>
        <translation>Письмо нельзя объединить с самим собой.</translation>
    </message>
    <message>
        <location filename="../gui/verification/dialogs.py" line="57" />
        <source>Letters of different journals cannot be merged.</source>
        <translation>Нельзя объединить письма из разных журналов.</translation>
    </message>
    <message>
        <location filename="../gui/verification/dialogs.py" line="60" />
        <source>The only page of a letter cannot be removed.</source>
        <translation>Единственную страницу письма удалить нельзя.</translation>
    </message>
    <message>
        <location filename="../gui/verification/dialogs.py" line="63" />
        <source>The account {0} is not in the registry.</source>
        <translation>Лицевого счёта {0} нет в реестре.</translation>
    </message>
    <message>
        <location filename="../gui/verification/dialogs.py" line="66" />
        <source>The account {0} is not among the candidates.</source>
        <translation>Лицевого счёта {0} нет среди кандидатов.</translation>
    </message>
    <message>
        <location filename="../gui/verification/dialogs.py" line="69" />
        <source>Unknown category: {0}.</source>
        <translation>Неизвестная категория: {0}.</translation>
    </message>
    <message>
        <location filename="../gui/verification/dialogs.py" line="70" />
        <source>The page has no stored image.</source>
        <translation>У страницы нет сохранённого изображения.</translation>
    </message>
    <message>
        <location filename="../gui/verification/dialogs.py" line="71" />
        <source>The page no longer exists.</source>
        <translation>Страница больше не существует.</translation>
    </message>
    <message>
        <location filename="../gui/verification/dialogs.py" line="75" />
        <source>The change was refused: {0}</source>
        <translation>Изменение отклонено: {0}</translation>
    </message>
    <message>
        <location filename="../gui/verification/station.py" line="194" />
        <source>There is no candidate {0}.</source>
        <translation>Кандидата {0} нет.</translation>
    </message>
    <message>
        <location filename="../gui/verification/station.py" line="309" />
        <source>Read only: verifying letters is not part of the role {0}.</source>
        <translation>Только просмотр: проверка писем не входит в обязанности роли «{0}».</translation>
    </message>
    <message>
        <location filename="../gui/verification/station.py" line="378" />
        <source>Need attention: {0}</source>
        <translation>Требуют проверки: {0}</translation>
    </message>
    <message>
        <location filename="../gui/verification/station.py" line="443" />
        <source>The action failed ({0}: {1}). Details are in the log.</source>
        <translation>Действие не выполнено ({0}: {1}). Подробности в журнале.</translation>
    </message>
    <message>
        <location filename="../gui/verification/station_actions.py" line="75" />
        <source>Accept and next</source>
        <translation>Принять и далее</translation>
    </message>
    <message>
        <location filename="../gui/verification/station_actions.py" line="77" />
        <source>Skip to the next letter</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <location filename="../gui/verification/station_actions.py" line="80" />
        <source>Find in the registry</source>
        <translation>Найти в реестре</translation>
    </message>
    <message>
        <location filename="../gui/verification/station_actions.py" line="84" />
        <source>Remove the link</source>
        <translation>Снять привязку</translation>
    </message>
    <message>
        <location filename="../gui/verification/station_actions.py" line="87" />
        <source>Consumer card</source>
        <translation>Карточка потребителя</translation>
    </message>
    <message>
        <location filename="../gui/verification/station_actions.py" line="93" />
        <source>Letter card and history</source>
        <translation>Карточка и история</translation>
    </message>
    <message>
        <location filename="../gui/verification/station_actions.py" line="100" />
        <source>Pick candidate {0}</source>
        <translation>Выбрать кандидата {0}</translation>
    </message>
    <message>
        <location filename="../gui/verification/station_actions.py" line="106" />
        <source>Split here: this page starts a new letter</source>
        <translation>Разделить: с этой страницы новое письмо</translation>
    </message>
    <message>
        <location filename="../gui/verification/station_actions.py" line="112" />
        <source>Merge into the previous letter</source>
        <translation>Присоединить к предыдущему</translation>
    </message>
    <message>
        <location filename="../gui/verification/station_actions.py" line="118" />
        <source>Merge the next letter into this one</source>
        <translation>Присоединить следующее</translation>
    </message>
    <message>
        <location filename="../gui/verification/station_actions.py" line="124" />
        <source>Rotate the page clockwise</source>
        <translation>Повернуть по часовой стрелке</translation>
    </message>
    <message>
        <location filename="../gui/verification/station_actions.py" line="130" />
        <source>Rotate the page counter-clockwise</source>
        <translation>Повернуть против часовой стрелки</translation>
    </message>
    <message>
        <location filename="../gui/verification/station_actions.py" line="136" />
        <source>Remove this page (blank page)</source>
        <translation>Удалить страницу (пустую)</translation>
    </message>
    <message>
        <location filename="../gui/verification/station_actions.py" line="144" />
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <location filename="../gui/verification/station_actions.py" line="150" />
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <location filename="../gui/verification/station_actions.py" line="154" />
        <source>Fit to width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <location filename="../gui/verification/station_actions.py" line="155" />
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <location filename="../gui/verification/station_actions.py" line="158" />
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <location filename="../gui/verification/station_fixes.py" line="51" />
        <source>Pages {0}–{1} of {2} become a new letter with its own registration number. Split?</source>
        <translation>Страницы {0}–{1} письма {2} станут новым письмом со своим регистрационным номером. Разделить?</translation>
    </message>
    <message>
        <location filename="../gui/verification/station_fixes.py" line="55" />
        <source>Split the letter</source>
        <translation>Разделение письма</translation>
    </message>
    <message>
        <location filename="../gui/verification/station_fixes.py" line="61" />
        <source>Pages {0}–{1} became the letter {2}.</source>
        <translation>Страницы {0}–{1} стали письмом {2}.</translation>
    </message>
    <message>
        <location filename="../gui/verification/station_fixes.py" line="79" />
        <source>There is no letter to merge with.</source>
        <translation>Нет письма для объединения.</translation>
    </message>
    <message>
        <location filename="../gui/verification/station_fixes.py" line="82" />
        <source>The pages of {0} are appended to {1}; {0} stays in the register as merged, its number is kept. Merge?</source>
        <translation>Страницы письма {0} будут добавлены к письму {1}; {0} останется в реестре как присоединённое, его номер сохранится. Объединить?</translation>
    </message>
    <message>
        <location filename="../gui/verification/station_fixes.py" line="87" />
        <source>Merge letters</source>
        <translation>Объединение писем</translation>
    </message>
    <message>
        <location filename="../gui/verification/station_fixes.py" line="118" />
        <source>Remove page {0} from {1}? Its image stays in the archive store and the removal is recorded in the history.</source>
        <translation>Удалить страницу {0} из письма {1}? Изображение останется в хранилище, а удаление будет записано в историю.</translation>
    </message>
    <message>
        <location filename="../gui/verification/station_fixes.py" line="123" />
        <source>Remove the page</source>
        <translation>Удаление страницы</translation>
    </message>
    <message>
        <location filename="../gui/verification/station_layout.py" line="71" />
        <source>No letters need attention.</source>
        <translation>Нет писем, требующих проверки.</translation>
    </message>
    <message>
        <location filename="../gui/verification/station_layout.py" line="138" />
        <source>Registration card</source>
        <translation>Регистрационная карточка</translation>
    </message>
    <message>
        <location filename="../gui/verification/station_layout.py" line="141" />
        <source>Link to the consumer registry</source>
        <translation>Привязка к реестру потребителей</translation>
    </message>
    <message>
        <location filename="../gui/verification/station_layout.py" line="190" />
        <source>registered {0}</source>
        <translation>зарегистрировано {0}</translation>
    </message>
    <message>
        <location filename="../gui/verification/station_layout.py" line="199" />
        <source>merged into {0}</source>
        <translation>присоединено к {0}</translation>
    </message>
    <message>
        <location filename="../gui/verification/station_layout.py" line="202" />
        <source>Open {0}</source>
        <translation>Открыть {0}</translation>
    </message>
    <message>
        <location filename="../gui/verification/station_layout.py" line="208" />
        <source>verified</source>
        <translation>проверено</translation>
    </message>
    <message>
        <location filename="../gui/verification/station_layout.py" line="210" />
        <source>all sure: Enter accepts</source>
        <translation>всё распознано уверенно: Enter — принять</translation>
    </message>
    <message>
        <location filename="../gui/verification/station_layout.py" line="212" />
        <source>check the highlighted fields</source>
        <translation>проверьте выделенные поля</translation>
    </message>
    <message>
        <location filename="../gui/verification/station_layout.py" line="258" />
        <source>Page {0} of {1}</source>
        <translation>Стр. {0} из {1}</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../roles.py" line="45" />
        <source>view the letter</source>
        <translation>просматривать письмо</translation>
    </message>
    <message>
        <location filename="../roles.py" line="46" />
        <source>search</source>
        <translation>искать</translation>
    </message>
    <message>
        <location filename="../roles.py" line="47" />
        <source>view consumers</source>
        <translation>просматривать потребителей</translation>
    </message>
    <message>
        <location filename="../roles.py" line="48" />
        <source>view reports</source>
        <translation>просматривать отчёты</translation>
    </message>
    <message>
        <location filename="../roles.py" line="49" />
        <source>print journals</source>
        <translation>печатать журналы</translation>
    </message>
    <message>
        <location filename="../roles.py" line="50" />
        <source>export letters</source>
        <translation>выгружать письма</translation>
    </message>
    <message>
        <location filename="../roles.py" line="51" />
        <source>register letters</source>
        <translation>регистрировать письма</translation>
    </message>
    <message>
        <location filename="../roles.py" line="52" />
        <source>verify and link letters</source>
        <translation>проверять и привязывать письма</translation>
    </message>
    <message>
        <location filename="../roles.py" line="53" />
        <source>import the consumer registry</source>
        <translation>загружать реестр потребителей</translation>
    </message>
    <message>
        <location filename="../roles.py" line="54" />
        <source>register phone calls</source>
        <translation>регистрировать телефонные обращения</translation>
    </message>
    <message>
        <location filename="../roles.py" line="55" />
        <source>write resolutions</source>
        <translation>писать резолюции</translation>
    </message>
    <message>
        <location filename="../roles.py" line="56" />
        <source>extend deadlines</source>
        <translation>продлевать сроки</translation>
    </message>
    <message>
        <location filename="../roles.py" line="57" />
        <source>change the letter's status</source>
        <translation>менять статус письма</translation>
    </message>
    <message>
        <location filename="../roles.py" line="58" />
        <source>record callbacks</source>
        <translation>отмечать обратные звонки</translation>
    </message>
    <message>
        <location filename="../roles.py" line="59" />
        <source>draft replies</source>
        <translation>готовить ответы</translation>
    </message>
    <message>
        <location filename="../roles.py" line="60" />
        <source>register outgoing letters</source>
        <translation>регистрировать исходящие</translation>
    </message>
    <message>
        <location filename="../roles.py" line="61" />
        <source>dispatch outgoing post</source>
        <translation>отправлять исходящую почту</translation>
    </message>
    <message>
        <location filename="../roles.py" line="62" />
        <source>manage the archive</source>
        <translation>вести архив</translation>
    </message>
    <message>
        <location filename="../roles.py" line="63" />
        <source>change settings</source>
        <translation>менять настройки</translation>
    </message>
    <message>
        <location filename="../roles.py" line="64" />
        <source>edit reply templates</source>
        <translation>править шаблоны ответов</translation>
    </message>
    <message>
        <location filename="../roles.py" line="65" />
        <source>manage users</source>
        <translation>управлять пользователями</translation>
    </message>
    <message>
        <location filename="../roles.py" line="66" />
        <source>view the audit log</source>
        <translation>просматривать журнал аудита</translation>
    </message>
    <message>
        <location filename="../roles.py" line="67" />
        <source>make backups</source>
        <translation>делать резервные копии</translation>
    </message>
    <message>
        <location filename="../roles.py" line="68" />
        <source>restore from a backup</source>
        <translation>восстанавливать из резервной копии</translation>
    </message>
    <message>
        <location filename="../roles.py" line="69" />
        <source>repair the file store</source>
        <translation>исправлять хранилище файлов</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../cli.py" line="42" />
        <source>Configuration error: {0}</source>
        <translation>Ошибка настройки: {0}</translation>
    </message>
    <message>
        <location filename="../cli.py" line="45" />
        <source>The PostgreSQL driver is missing: install Mailroom with the 'postgres' extra ({0}).</source>
        <translation>Нет драйвера PostgreSQL: установите Mailroom с дополнением «postgres» ({0}).</translation>
    </message>
    <message>
        <location filename="../cli.py" line="54" />
        <source>Cannot open the database {0}: {1}</source>
        <translation>Не удаётся открыть базу данных {0}: {1}</translation>
    </message>
    <message>
        <location filename="../roles.py" line="13" />
        <source>User {0} has a password: set MAILROOM_PASSWORD or run on a terminal.</source>
        <translation>У пользователя {0} есть пароль: задайте MAILROOM_PASSWORD или запустите в терминале.</translation>
    </message>
    <message>
        <location filename="../roles.py" line="17" />
        <source>Wrong password for {0}.</source>
        <translation>Неверный пароль пользователя {0}.</translation>
    </message>
    <message>
        <location filename="../roles.py" line="19" />
        <source>User {0} is blocked.</source>
        <translation>Пользователь {0} заблокирован.</translation>
    </message>
    <message>
        <location filename="../roles.py" line="21" />
        <source>Say who you are: --user LOGIN (or MAILROOM_USER).</source>
        <translation>Укажите, кто вы: --user ЛОГИН (или MAILROOM_USER).</translation>
    </message>
    <message>
        <location filename="../roles.py" line="22" />
        <source>Unknown or inactive user: {0}</source>
        <translation>Неизвестный или отключённый пользователь: {0}</translation>
    </message>
    <message>
        <location filename="../roles.py" line="27" />
        <source>Not allowed for the role {0}: {1}</source>
        <translation>Роли «{0}» не разрешено: {1}</translation>
    </message>
    <message>
        <location filename="../cli.py" line="88" />
        <source>Password for {0}: </source>
        <translation>Пароль для {0}: </translation>
    </message>
    <message>
        <location filename="../cli.py" line="135" />
        <source>Mailroom: incoming and outgoing correspondence.</source>
        <translation>Mailroom: входящая и исходящая корреспонденция.</translation>
    </message>
    <message>
        <location filename="../cli.py" line="140" />
        <source>database URL (default: embedded SQLite; or MAILROOM_DB)</source>
        <translation>адрес базы данных (по умолчанию встроенная SQLite; или MAILROOM_DB)</translation>
    </message>
    <message>
        <location filename="../cli.py" line="145" />
        <source>file store folder (default: user data folder; or MAILROOM_STORE)</source>
        <translation>папка хранилища файлов (по умолчанию папка данных пользователя; или MAILROOM_STORE)</translation>
    </message>
    <message>
        <location filename="../cli.py" line="150" />
        <source>interface language (default: from the locale)</source>
        <translation>язык интерфейса (по умолчанию по настройкам системы)</translation>
    </message>
    <message>
        <location filename="../cli.py" line="153" />
        <source>act as this user (or MAILROOM_USER)</source>
        <translation>действовать от имени этого пользователя (или MAILROOM_USER)</translation>
    </message>
    <message>
        <location filename="../cli.py" line="210" />
        <source>Interrupted.</source>
        <translation>Прервано.</translation>
    </message>
    <message>
        <location filename="../cli.py" line="217" />
        <source>File or folder not found: {0}</source>
        <translation>Файл или папка не найдены: {0}</translation>
    </message>
    <message>
        <location filename="../cli_commands.py" line="20" />
        <source>database maintenance</source>
        <translation>обслуживание базы данных</translation>
    </message>
    <message>
        <location filename="../cli_commands.py" line="22" />
        <source>apply database migrations</source>
        <translation>применить миграции базы данных</translation>
    </message>
    <message>
        <location filename="../cli_commands.py" line="25" />
        <source>the consumer registry</source>
        <translation>реестр потребителей</translation>
    </message>
    <message>
        <location filename="../cli_commands.py" line="28" />
        <source>import a registry export (CSV or XLSX)</source>
        <translation>загрузить выгрузку реестра (CSV или XLSX)</translation>
    </message>
    <message>
        <location filename="../cli_commands.py" line="34" />
        <source>the file is not a full export: do not close accounts missing from it</source>
        <translation>файл — не полная выгрузка: не закрывать отсутствующие в нём лицевые счета</translation>
    </message>
    <message>
        <location filename="../cli_commands.py" line="41" />
        <source>close accounts even when more than half of them are missing from the file</source>
        <translation>закрыть счета, даже если в файле нет больше половины из них</translation>
    </message>
    <message>
        <location filename="../cli_commands.py" line="47" />
        <source>find consumers by account, name or address</source>
        <translation>найти потребителей по лицевому счёту, ФИО или адресу</translation>
    </message>
    <message>
        <location filename="../cli_commands.py" line="54" />
        <source>export letters, one per line</source>
        <translation>выгрузить письма, по одному на строку</translation>
    </message>
    <message>
        <location filename="../cli_commands.py" line="58" />
        <source>write to FILE, not stdout</source>
        <translation>записать в ФАЙЛ, а не в стандартный вывод</translation>
    </message>
    <message>
        <location filename="../cli_commands.py" line="73" />
        <location filename="../cli_deadlines.py" line="70" />
        <source>not a date in the form YYYY-MM-DD: {0}</source>
        <translation>не дата в виде ГГГГ-ММ-ДД: {0}</translation>
    </message>
    <message>
        <location filename="../cli_commands.py" line="83" />
        <source>Database {0} is at revision {1}.</source>
        <translation>База данных {0}: версия схемы {1}.</translation>
    </message>
    <message>
        <location filename="../cli_commands.py" line="92" />
        <source>no account</source>
        <translation>нет лицевого счёта</translation>
    </message>
    <message>
        <location filename="../cli_commands.py" line="93" />
        <source>the account must be 5 to 20 digits: {value}</source>
        <translation>лицевой счёт должен состоять из 5–20 цифр: {value}</translation>
    </message>
    <message>
        <location filename="../cli_commands.py" line="94" />
        <source>account {value} is repeated in the file</source>
        <translation>лицевой счёт {value} повторяется в файле</translation>
    </message>
    <message>
        <location filename="../cli_commands.py" line="95" />
        <source>no full name for account {value}</source>
        <translation>нет ФИО для лицевого счёта {value}</translation>
    </message>
    <message>
        <location filename="../cli_commands.py" line="96" />
        <source>a value is too long to store for account {value}</source>
        <translation>значение слишком длинное для хранения, лицевой счёт {value}</translation>
    </message>
    <message>
        <location filename="../cli_commands.py" line="97" />
        <source>a formula without a calculated value: {value} (open the file in Excel and save it)</source>
        <translation>формула без вычисленного значения: {value} (откройте файл в Excel и сохраните его)</translation>
    </message>
    <message>
        <location filename="../cli_commands.py" line="118" />
        <source>No recognised column headers in {0}.</source>
        <translation>В файле {0} не найдены известные заголовки столбцов.</translation>
    </message>
    <message>
        <location filename="../cli_commands.py" line="119" />
        <source>No account column in {0}.</source>
        <translation>В файле {0} нет столбца с лицевым счётом.</translation>
    </message>
    <message>
        <location filename="../cli_commands.py" line="120" />
        <source>Cannot read {0}: not a CSV or XLSX file.</source>
        <translation>Не удаётся прочитать {0}: это не файл CSV или XLSX.</translation>
    </message>
    <message>
        <location filename="../cli_commands.py" line="124" />
        <source>Expected a header row with columns such as «Лицевой счёт», «ФИО» and «Адрес»; a CSV file must be in UTF-8 or Windows-1251.</source>
        <translation>Нужна строка заголовков со столбцами вроде «Лицевой счёт», «ФИО» и «Адрес»; файл CSV должен быть в кодировке UTF-8 или Windows-1251.</translation>
    </message>
    <message>
        <location filename="../cli_commands.py" line="132" />
        <source>The file would close {0} of {1} active accounts; nothing was imported. Use --partial for a partial file, or --force if this is right.</source>
        <translation>Файл закрыл бы {0} из {1} действующих лицевых счетов; ничего не загружено. Для частичного файла укажите --partial, а если всё верно — --force.</translation>
    </message>
    <message>
        <location filename="../cli_commands.py" line="140" />
        <source>Row {0}: rejected: {1}</source>
        <translation>Строка {0}: отклонена: {1}</translation>
    </message>
    <message>
        <location filename="../cli_commands.py" line="145" />
        <source>Rows: {0}; new: {1}; updated: {2}; reopened: {3}; closed: {4}; rejected: {5}.</source>
        <translation>Строк: {0}; новых: {1}; обновлено: {2}; вновь открыто: {3}; закрыто: {4}; отклонено: {5}.</translation>
    </message>
    <message>
        <location filename="../cli_commands.py" line="166" />
        <source>closed</source>
        <translation>закрыт</translation>
    </message>
    <message>
        <location filename="../cli_commands.py" line="170" />
        <location filename="../cli_search.py" line="162" />
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="19" />
        <source>register scanned letters</source>
        <translation>зарегистрировать отсканированные письма</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="25" />
        <source>watch a hot folder and register what arrives</source>
        <translation>следить за папкой и регистрировать поступающие файлы</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="33" />
        <source>seconds between looks at the folder</source>
        <translation>секунд между проверками папки</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="36" />
        <source>take what is ready now, then stop</source>
        <translation>взять то, что готово сейчас, и остановиться</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="41" />
        <source>print separator sheets for --split barcode</source>
        <translation>напечатать листы-разделители для --split barcode</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="53" />
        <source>OCR worker processes (default: one per core)</source>
        <translation>процессов распознавания (по умолчанию по одному на ядро)</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="59" />
        <source>date the letters were received (default: today)</source>
        <translation>дата поступления писем (по умолчанию сегодня)</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="68" />
        <source>cut a batch into letters at blank pages or at separator sheets</source>
        <translation>делить пачку на письма по пустым страницам или листам-разделителям</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="73" />
        <source>where unusable files are kept with their reasons</source>
        <translation>куда откладывать непригодные файлы с указанием причины</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="80" />
        <source>refuse a file of more pages than this (default: {0})</source>
        <translation>не принимать файл, в котором больше страниц (по умолчанию {0})</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="88" />
        <source>tesseract languages (default: rus+eng)</source>
        <translation>языки tesseract (по умолчанию rus+eng)</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="102" />
        <source>not a whole number from {0} to {1}: {2}</source>
        <translation>не целое число от {0} до {1}: {2}</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="111" />
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="112" />
        <source>the file is damaged or truncated</source>
        <translation>файл повреждён или обрезан</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="113" />
        <source>the PDF is encrypted or password-protected</source>
        <translation>PDF зашифрован или защищён паролем</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="114" />
        <source>the image is implausibly large (possible decompression bomb)</source>
        <translation>изображение неправдоподобно велико (возможна «бомба-распаковка»)</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="117" />
        <source>unsupported file type</source>
        <translation>неподдерживаемый тип файла</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="118" />
        <source>the file extension does not match its content</source>
        <translation>расширение файла не соответствует содержимому</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="119" />
        <source>the file cannot be read</source>
        <translation>файл не удаётся прочитать</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="120" />
        <source>text recognition failed</source>
        <translation>не удалось распознать текст</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="121" />
        <source>no letter pages (only blank or separator pages)</source>
        <translation>нет страниц письма (только пустые страницы или разделители)</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="122" />
        <source>the image is too small to be a page</source>
        <translation>изображение слишком мало, чтобы быть страницей</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="123" />
        <source>the link leads nowhere: its target is missing or loops</source>
        <translation>ссылка никуда не ведёт: её цели нет или она указывает сама на себя</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="124" />
        <source>not a regular file (a pipe, socket or device)</source>
        <translation>не обычный файл (канал, сокет или устройство)</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="125" />
        <source>too many pages for one file: split it, or raise the limit with --max-pages</source>
        <translation>слишком много страниц в одном файле: разделите его или поднимите предел параметром --max-pages</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="147" />
        <source>[{bar}] {done}/{total} pages, {rate:.1f} pages/s, left {eta}</source>
        <translation>[{bar}] {done}/{total} стр., {rate:.1f} стр./с, осталось {eta}</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="177" />
        <source>Cannot use the quarantine folder {0}: {1}</source>
        <translation>Папку карантина {0} использовать нельзя: {1}</translation>
    </message>
    <message>
        <location filename="../cli_demo.py" line="21" />
        <source>build a demo register with letters waiting for intake, and open it</source>
        <translation>создать демонстрационный реестр с письмами, ожидающими приёма, и открыть его</translation>
    </message>
    <message>
        <location filename="../cli_demo.py" line="26" />
        <source>demo folder (default: the user data folder's demo)</source>
        <translation>папка демонстрации (по умолчанию demo в папке данных пользователя)</translation>
    </message>
    <message>
        <location filename="../cli_demo.py" line="31" />
        <source>build the demo, do not open the app</source>
        <translation>только создать демонстрацию, не открывать программу</translation>
    </message>
    <message>
        <location filename="../cli_demo.py" line="36" />
        <source>delete the demo folder and build the demo again</source>
        <translation>удалить папку демонстрации и создать её заново</translation>
    </message>
    <message>
        <location filename="../cli_demo.py" line="38" />
        <source>registry size</source>
        <translation>размер реестра потребителей</translation>
    </message>
    <message>
        <location filename="../cli_demo.py" line="43" />
        <source>scanned letters recognised and registered as history</source>
        <translation>сколько отсканированных писем распознать и зарегистрировать как историю</translation>
    </message>
    <message>
        <location filename="../cli_demo.py" line="49" />
        <source>scanned letters left in the inbox for intake</source>
        <translation>сколько отсканированных писем оставить в папке для приёма</translation>
    </message>
    <message>
        <location filename="../cli_demo.py" line="64" />
        <source>--reset deletes only a demo that uses its own folder</source>
        <translation>--reset удаляет только демонстрацию в её собственной папке</translation>
    </message>
    <message>
        <location filename="../cli_demo.py" line="92" />
        <source>The demo cannot be built: {0}</source>
        <translation>Не удаётся создать демонстрацию: {0}</translation>
    </message>
    <message>
        <location filename="../cli_demo.py" line="95" />
        <source>The database {0} already has data; the demo needs an empty one.</source>
        <translation>В базе данных {0} уже есть данные; для демонстрации нужна пустая база.</translation>
    </message>
    <message>
        <location filename="../cli_demo.py" line="100" />
        <location filename="../cli_import.py" line="202" />
        <source>Tesseract OCR is not ready: {0}</source>
        <translation>Распознавание Tesseract не готово: {0}</translation>
    </message>
    <message>
        <location filename="../cli_demo.py" line="104" />
        <source>Demo register: {0}; {1} consumers, {2} letters; {3} scanned letters wait in {4}.</source>
        <translation>Демонстрационный реестр: {0}; потребителей: {1}, писем: {2}; ожидают приёма в папке {4}: {3}.</translation>
    </message>
    <message>
        <location filename="../cli_demo.py" line="116" />
        <source>Demo: loading a registry of {0} consumers…</source>
        <translation>Демонстрация: загрузка реестра из {0} потребителей…</translation>
    </message>
    <message>
        <location filename="../cli_demo.py" line="117" />
        <source>Demo: registering {0} phone and internet appeals…</source>
        <translation>Демонстрация: регистрация обращений по телефону и через интернет-приёмную ({0})…</translation>
    </message>
    <message>
        <location filename="../cli_demo.py" line="118" />
        <source>Demo: recognising and registering {0} scanned letters…</source>
        <translation>Демонстрация: распознавание и регистрация отсканированных писем ({0})…</translation>
    </message>
    <message>
        <location filename="../cli_demo.py" line="119" />
        <source>Demo: leaving {0} scanned letters in the inbox…</source>
        <translation>Демонстрация: отсканированные письма для приёма ({0})…</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="214" />
        <source>{0}: registered as {1}</source>
        <translation>{0}: зарегистрировано как {1}</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="217" />
        <source>{0}: already registered as {1}</source>
        <translation>{0}: уже зарегистрировано как {1}</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="222" />
        <source>{0}: quarantined: {1}</source>
        <translation>{0}: отложено в карантин: {1}</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="224" />
        <source>{0}: not processed (cancelled)</source>
        <translation>{0}: не обработано (отменено)</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="227" />
        <source>Letters registered: {0}; files: {1} registered, {2} duplicates, {3} quarantined; {4} pages in {5:.1f} s ({6:.1f} pages/min).</source>
        <translation>Зарегистрировано писем: {0}; файлов: зарегистрировано {1}, повторов {2}, в карантине {3}; {4} стр. за {5:.1f} с ({6:.1f} стр./мин).</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="260" />
        <source>Watching {0}; press Ctrl+C to stop.</source>
        <translation>Слежу за папкой {0}; для остановки нажмите Ctrl+C.</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="274" />
        <source>Stopped.</source>
        <translation>Остановлено.</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="283" />
        <source>Separator sheets written to {0}.</source>
        <translation>Листы-разделители записаны в {0}.</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="16" />
        <source>cases, retention, destruction</source>
        <translation>дела, сроки хранения, уничтожение</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="19" />
        <source>list the nomenclature of cases</source>
        <translation>показать номенклатуру дел</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="22" />
        <source>file closed letters into a case</source>
        <translation>подшить закрытые письма в дело</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="24" />
        <source>nomenclature index</source>
        <translation>индекс по номенклатуре</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="25" />
        <source>year of the case</source>
        <translation>год дела</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="28" />
        <source>letters due for destruction</source>
        <translation>письма, подлежащие уничтожению</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="32" />
        <source>destruction acts</source>
        <translation>акты об уничтожении</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="34" />
        <source>draft an act of what is due</source>
        <translation>составить проект акта по подлежащим уничтожению</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="37" />
        <source>list the acts</source>
        <translation>показать акты</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="40" />
        <source>cancel a draft act</source>
        <translation>отменить проект акта</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="44" />
        <source>confirm an act: destroy scans and personal data</source>
        <translation>утвердить акт: уничтожить скан-образы и персональные данные</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="49" />
        <source>save a confirmed act as PDF</source>
        <translation>сохранить утверждённый акт в PDF</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="55" />
        <source>finish deleting the files of confirmed acts</source>
        <translation>завершить удаление файлов по утверждённым актам</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="61" />
        <source>Only an archivist or administrator may do this.</source>
        <translation>Это может сделать только архивариус или администратор.</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="62" />
        <source>No such heading in the nomenclature: {0}</source>
        <translation>В номенклатуре нет такого дела: {0}</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="63" />
        <source>No letter with the number {0}.</source>
        <translation>Нет письма с номером {0}.</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="64" />
        <source>Letter {0} is not closed yet and cannot be filed.</source>
        <translation>Письмо {0} ещё не закрыто, подшить его в дело нельзя.</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="65" />
        <source>Letter {0} was destroyed by an act.</source>
        <translation>Письмо {0} уничтожено по акту.</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="66" />
        <source>Nothing is due for destruction on {0}.</source>
        <translation>На {0} нет документов, подлежащих уничтожению.</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="67" />
        <source>No act with the number {0}.</source>
        <translation>Нет акта с номером {0}.</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="68" />
        <source>Act {0} is not a draft any more.</source>
        <translation>Акт {0} уже не является проектом.</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="102" />
        <source>{0}: case {1} of {2}, kept permanently</source>
        <translation>{0}: дело {1} за {2} год, хранится постоянно</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="104" />
        <source>{0}: case {1} of {2}, may be destroyed from {3}</source>
        <translation>{0}: дело {1} за {2} год, может быть уничтожено с {3}</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="128" />
        <source>Due for destruction on {0}: {1} letters.</source>
        <translation>Подлежат уничтожению на {0}: писем — {1}.</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="143" />
        <source>Draft act {0}: {1} letters, {2} pages. Nothing is destroyed yet.</source>
        <translation>Проект акта {0}: писем — {1}, листов — {2}. Пока ничего не уничтожено.</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="169" />
        <source>Act {0} cancelled.</source>
        <translation>Акт {0} отменён.</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="187" />
        <source>Act {0} confirmed: {1} letters destroyed, {2} files deleted.</source>
        <translation>Акт {0} утверждён: уничтожено писем — {1}, удалено файлов — {2}.</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="209" />
        <source>Act {0} has no PDF: it is not confirmed.</source>
        <translation>У акта {0} нет PDF: он не утверждён.</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="212" />
        <source>Act {0} saved to {1}.</source>
        <translation>Акт {0} сохранён в {1}.</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="225" />
        <source>{0} files deleted from the store.</source>
        <translation>Удалено файлов из хранилища: {0}.</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="16" />
        <source>due dates of letters</source>
        <translation>сроки исполнения писем</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="19" />
        <source>recompute due dates from the rules and calendar</source>
        <translation>пересчитать сроки по правилам и производственному календарю</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="23" />
        <source>every letter whose clock still runs</source>
        <translation>все письма, срок по которым ещё идёт</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="27" />
        <source>the production calendar</source>
        <translation>производственный календарь</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="29" />
        <source>days off and working weekends</source>
        <translation>нерабочие дни и рабочие выходные</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="33" />
        <source>reports</source>
        <translation>отчёты</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="36" />
        <source>execution-discipline report (PDF or XLSX)</source>
        <translation>отчёт об исполнительской дисциплине (PDF или XLSX)</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="44" />
        <source>telephone appeals</source>
        <translation>обращения по телефону</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="46" />
        <source>register a call</source>
        <translation>зарегистрировать звонок</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="57" />
        <source>the callback promised to the caller (local time)</source>
        <translation>обещанный обратный звонок (местное время)</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="60" />
        <source>answered on the spot</source>
        <translation>ответ дан сразу во время звонка</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="79" />
        <source>not a date and time in the form YYYY-MM-DDTHH:MM: {0}</source>
        <translation>не дата и время в формате ГГГГ-ММ-ДДTЧЧ:ММ: {0}</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="87" />
        <source>Name the letters to recompute, or use --all.</source>
        <translation>Укажите письма для пересчёта или используйте --all.</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="94" />
        <source>No letter with id {0}.</source>
        <translation>Нет письма с идентификатором {0}.</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="96" />
        <source>Due dates changed for {0} letter(s).</source>
        <translation>Сроки изменились у писем: {0}.</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="109" />
        <source>{0}: {1} working days, {2} days off.</source>
        <translation>{0} год: рабочих дней — {1}, нерабочих — {2}.</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="117" />
        <source>working</source>
        <translation>рабочий</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="117" />
        <source>day off</source>
        <translation>нерабочий</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="118" />
        <source> (override)</source>
        <translation> (исправлено администратором)</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="130" />
        <location filename="../cli_reports.py" line="68" />
        <source>The report file must end in .pdf or .xlsx: {0}</source>
        <translation>Файл отчёта должен иметь расширение .pdf или .xlsx: {0}</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="136" />
        <location filename="../cli_reports.py" line="73" />
        <source>--from is after --to.</source>
        <translation>Дата --from позже даты --to.</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="146" />
        <location filename="../cli_reports.py" line="53" />
        <source>No Cyrillic font for the PDF: install fonts-dejavu-core ({0}).</source>
        <translation>Нет шрифта с кириллицей для PDF: установите пакет fonts-dejavu-core ({0}).</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="152" />
        <location filename="../cli_reports.py" line="47" />
        <source>Cannot write {0}: {1}</source>
        <translation>Не удалось записать {0}: {1}</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="162" />
        <location filename="../cli_reports.py" line="96" />
        <source>Report written to {0}.</source>
        <translation>Отчёт сохранён: {0}.</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="179" />
        <source>The caller's name is required.</source>
        <translation>Укажите ФИО звонившего.</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="180" />
        <source>The summary is required.</source>
        <translation>Укажите краткое содержание обращения.</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="181" />
        <location filename="../cli_reports.py" line="116" />
        <source>No consumer with account {0}.</source>
        <translation>Нет потребителя с лицевым счётом {0}.</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="182" />
        <source>The callback time has already passed.</source>
        <translation>Время обратного звонка уже прошло.</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="190" />
        <source>Registered {0}.</source>
        <translation>Зарегистрировано: {0}.</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="192" />
        <source>Linked to account {0}.</source>
        <translation>Привязано к лицевому счёту {0}.</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="194" />
        <source>Possible accounts: {0}.</source>
        <translation>Возможные лицевые счета: {0}.</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="196" />
        <source>Answer due by {0}.</source>
        <translation>Срок ответа: {0}.</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="198" />
        <source>Callback task {0} created.</source>
        <translation>Создана задача обратного звонка № {0}.</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="17" />
        <source>render a reply to a registered letter (PDF or DOCX)</source>
        <translation>подготовить ответ на зарегистрированное обращение (PDF или DOCX)</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="25" />
        <source>register the reply as outgoing and sent (stops the clock)</source>
        <translation>зарегистрировать ответ как исходящий и отправленный (снимает с контроля)</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="33" />
        <source>a value the template asks for (repeat for several)</source>
        <translation>значение, которое требует шаблон (можно указать несколько раз)</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="38" />
        <source>the addressee line in the dative case, e.g. «Иванову П. С.»</source>
        <translation>строка адресата в дательном падеже, например «Иванову П. С.»</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="43" />
        <source>how it is sent: simple, registered, registered_notice, email or hand</source>
        <translation>способ отправки: simple (простое), registered (заказное), registered_notice (заказное с уведомлением), email или hand (лично)</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="50" />
        <source>reply templates</source>
        <translation>шаблоны ответов</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="52" />
        <source>show the codes and titles</source>
        <translation>показать коды и названия</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="56" />
        <source>print envelopes for a day's outgoing letters</source>
        <translation>напечатать конверты для исходящих писем за день</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="64" />
        <source>write the Form 103 mail list of a day's registered letters</source>
        <translation>сформировать список ф. 103 заказных писем за день</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="76" />
        <source>Expected NAME=VALUE, got: {0}</source>
        <translation>Ожидалось ИМЯ=ЗНАЧЕНИЕ, получено: {0}</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="85" />
        <source>The output file must end in {0}: {1}</source>
        <translation>Файл результата должен иметь расширение {0}: {1}</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="104" />
        <source>The template needs values that are missing: {0}. Give them with --set NAME=VALUE.</source>
        <translation>Для шаблона не хватает значений: {0}. Укажите их параметром --set ИМЯ=ЗНАЧЕНИЕ.</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="108" />
        <source>Template error: {0}</source>
        <translation>Ошибка в шаблоне: {0}</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="109" />
        <source>The template uses something that is not allowed: {0}</source>
        <translation>Шаблон использует недопустимые конструкции: {0}</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="110" />
        <source>The template uses unknown placeholders: {0}</source>
        <translation>Шаблон использует неизвестные поля: {0}</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="111" />
        <source>Values that cannot be read: {0}</source>
        <translation>Не удалось распознать значения: {0}</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="112" />
        <source>The template cannot be rendered: {0}</source>
        <translation>Не удалось сформировать письмо по шаблону: {0}</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="113" />
        <source>No such template: {0}. See: mailroom templates list</source>
        <translation>Шаблон не найден: {0}. Список шаблонов: mailroom templates list</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="114" />
        <source>The template is invalid: {0}</source>
        <translation>Шаблон составлен неверно: {0}</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="118" />
        <source>(line {0})</source>
        <translation>(строка {0})</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="131" />
        <location filename="../cli_replies.py" line="181" />
        <source>No letter with number {0}.</source>
        <translation>Обращение с номером {0} не найдено.</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="178" />
        <source>The letters {0} are from different consumers: a reply answers one.</source>
        <translation>Обращения {0} поступили от разных потребителей: один ответ даётся одному потребителю.</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="185" />
        <source>No Cyrillic font to embed: {0}</source>
        <translation>Нет шрифта с кириллицей для встраивания: {0}</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="188" />
        <source>Unknown mail type: {0}</source>
        <translation>Неизвестный способ отправки: {0}</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="189" />
        <source>Your role may not register replies: {0}</source>
        <translation>Ваша роль не позволяет регистрировать ответы: {0}</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="195" />
        <source>The letter's status does not allow this: {0}</source>
        <translation>Статус обращения не позволяет это сделать: {0}</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="207" />
        <source>Addressee: {0}</source>
        <translation>Адресат: {0}</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="210" />
        <source>Check the case of the addressee's name; correct it with --addressee.</source>
        <translation>Проверьте падеж в строке адресата; при необходимости исправьте её параметром --addressee.</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="214" />
        <source>Registered as outgoing {0} of {1}.</source>
        <translation>Зарегистрировано как исходящее № {0} от {1}.</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="218" />
        <source>Written: {0}</source>
        <translation>Записано: {0}</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="251" />
        <source>No letters went out by post on {0}.</source>
        <translation>{0} писем почтой не отправлялось.</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="262" />
        <source>Envelopes: {0}; written: {1}</source>
        <translation>Конвертов: {0}; записано: {1}</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="279" />
        <source>No registered letters went out on {0}.</source>
        <translation>{0} заказных писем не отправлялось.</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="294" />
        <source>Mail lists: {0}; letters: {1}; written: {2}</source>
        <translation>Списков: {0}; писем: {1}; записано: {2}</translation>
    </message>
    <message>
        <location filename="../cli_search.py" line="20" />
        <source>full-text search of letters</source>
        <translation>полнотекстовый поиск писем</translation>
    </message>
    <message>
        <location filename="../cli_search.py" line="37" />
        <source>look for words with OCR errors (default: when little is found)</source>
        <translation>искать слова с ошибками распознавания (по умолчанию — когда найдено мало)</translation>
    </message>
    <message>
        <location filename="../cli_search.py" line="45" />
        <source>print one JSON array of hits (same as --format json)</source>
        <translation>вывести найденное одним массивом JSON (то же, что --format json)</translation>
    </message>
    <message>
        <location filename="../cli_search.py" line="49" />
        <source>rebuild the search index</source>
        <translation>перестроить поисковый индекс</translation>
    </message>
    <message>
        <location filename="../cli_search.py" line="53" />
        <source>only letters changed since they were indexed</source>
        <translation>только письма, изменённые после индексации</translation>
    </message>
    <message>
        <location filename="../cli_search.py" line="58" />
        <source>registration journal for a period (PDF or XLSX)</source>
        <translation>журнал регистрации за период (PDF или XLSX)</translation>
    </message>
    <message>
        <location filename="../cli_search.py" line="117" />
        <source>--limit must be at least 1 and --offset at least 0.</source>
        <translation>--limit должен быть не меньше 1, а --offset — не меньше 0.</translation>
    </message>
    <message>
        <location filename="../cli_search.py" line="152" />
        <source>similar words</source>
        <translation>похожие слова</translation>
    </message>
    <message>
        <location filename="../cli_search.py" line="158" />
        <source>The query could not be used as written; it was simplified.</source>
        <translation>Запрос в таком виде выполнить не удалось; он упрощён.</translation>
    </message>
    <message>
        <location filename="../cli_search.py" line="160" />
        <source>Few exact matches: letters with similar words are shown too.</source>
        <translation>Точных совпадений мало: показаны также письма с похожими словами.</translation>
    </message>
    <message>
        <location filename="../cli_search.py" line="177" />
        <source>Indexed {0} of {1} letters</source>
        <translation>Проиндексировано писем: {0} из {1}</translation>
    </message>
    <message>
        <location filename="../cli_search.py" line="191" />
        <source>Indexed {0} letters; the index takes {1:.1f} MB.</source>
        <translation>Проиндексировано писем: {0}; индекс занимает {1:.1f} МБ.</translation>
    </message>
    <message>
        <location filename="../cli_search.py" line="206" />
        <source>The output file must end in .pdf or .xlsx.</source>
        <translation>Имя выходного файла должно оканчиваться на .pdf или .xlsx.</translation>
    </message>
    <message>
        <location filename="../cli_search.py" line="211" />
        <source>The period ends before it starts.</source>
        <translation>Конец периода раньше его начала.</translation>
    </message>
    <message>
        <location filename="../cli_search.py" line="227" />
        <source>No Cyrillic font found for the PDF; looked for: {0}</source>
        <translation>Не найден шрифт с кириллицей для PDF; искали: {0}</translation>
    </message>
    <message>
        <location filename="../cli_search.py" line="244" />
        <source>Journal: {0} letters written to {1}.</source>
        <translation>Журнал: записей — {0}, сохранён в {1}.</translation>
    </message>
    <message>
        <location filename="../cli_maintenance.py" line="30" />
        <source>check the database and the file store</source>
        <translation>проверить базу данных и хранилище файлов</translation>
    </message>
    <message>
        <location filename="../cli_maintenance.py" line="35" />
        <source>move files no record uses into the store's quarantine folder and put back missing files found there; never deletes a file or changes a letter</source>
        <translation>перенести файлы, на которые не ссылается ни одна запись, в папку карантина хранилища и вернуть найденные там недостающие файлы; файлы не удаляются, письма не изменяются</translation>
    </message>
    <message>
        <location filename="../cli_maintenance.py" line="44" />
        <source>compare file sizes only, without reading every file</source>
        <translation>сверять только размеры файлов, не читая каждый файл</translation>
    </message>
    <message>
        <location filename="../cli_maintenance.py" line="51" />
        <source>--repair leaves unused files younger than this in place: a registration may still be writing them (default: 60)</source>
        <translation>--repair не трогает неиспользуемые файлы моложе этого срока: их, возможно, ещё записывает идущая регистрация (по умолчанию 60)</translation>
    </message>
    <message>
        <location filename="../cli_maintenance.py" line="61" />
        <source>back up the database and the file store into a new folder</source>
        <translation>сделать резервную копию базы данных и хранилища файлов в новую папку</translation>
    </message>
    <message>
        <location filename="../cli_maintenance.py" line="68" />
        <source>restore a backup into the configured database and file store</source>
        <translation>восстановить резервную копию в настроенные базу данных и хранилище файлов</translation>
    </message>
    <message>
        <location filename="../cli_maintenance.py" line="74" />
        <source>restore even over a database or store that holds data</source>
        <translation>восстановить, даже если в базе данных или хранилище уже есть данные</translation>
    </message>
    <message>
        <location filename="../cli_maintenance.py" line="79" />
        <source>only verify the backup's checksums; change nothing</source>
        <translation>только проверить контрольные суммы копии, ничего не изменяя</translation>
    </message>
    <message>
        <location filename="../cli_maintenance.py" line="86" />
        <source>The database schema is at revision {1}, this version expects {2}: run mailroom db upgrade.</source>
        <translation>Схема базы данных в редакции {1}, эта версия ожидает {2}: выполните mailroom db upgrade.</translation>
    </message>
    <message>
        <location filename="../cli_maintenance.py" line="91" />
        <source>Database integrity: {1}</source>
        <translation>Целостность базы данных: {1}</translation>
    </message>
    <message>
        <location filename="../cli_maintenance.py" line="92" />
        <source>{0}: {2} row(s) point at a missing {1} row.</source>
        <translation>{0}: строк, ссылающихся на отсутствующую запись {1}: {2}.</translation>
    </message>
    <message>
        <location filename="../cli_maintenance.py" line="93" />
        <source>Letter {0}: the card says {1} page(s), {2} are stored.</source>
        <translation>Письмо {0}: в карточке листов — {1}, сохранено — {2}.</translation>
    </message>
    <message>
        <location filename="../cli_maintenance.py" line="94" />
        <source>Journal {0}: numbers skipped: {1}</source>
        <translation>Журнал {0}: пропущены номера: {1}</translation>
    </message>
    <message>
        <location filename="../cli_maintenance.py" line="95" />
        <source>Journal {0}: numbers used more than once: {1}</source>
        <translation>Журнал {0}: номера использованы повторно: {1}</translation>
    </message>
    <message>
        <location filename="../cli_maintenance.py" line="96" />
        <source>Journal {0}: the counter is at {1}, but numbers up to {2} are used; the next registration would collide.</source>
        <translation>Журнал {0}: счётчик стоит на {1}, а использованы номера до {2}; следующая регистрация получит занятый номер.</translation>
    </message>
    <message>
        <location filename="../cli_maintenance.py" line="101" />
        <source>Missing from the store: {0}</source>
        <translation>Нет в хранилище: {0}</translation>
    </message>
    <message>
        <location filename="../cli_maintenance.py" line="102" />
        <source>Damaged in the store (its checksum differs): {0}</source>
        <translation>Повреждён в хранилище (не совпадает контрольная сумма): {0}</translation>
    </message>
    <message>
        <location filename="../cli_maintenance.py" line="103" />
        <source>Damaged in the store (its size differs): {0}</source>
        <translation>Повреждён в хранилище (не совпадает размер): {0}</translation>
    </message>
    <message>
        <location filename="../cli_maintenance.py" line="104" />
        <source>Stored under the wrong name: {0} (expected {1})</source>
        <translation>Сохранён под неверным именем: {0} (ожидалось {1})</translation>
    </message>
    <message>
        <location filename="../cli_maintenance.py" line="105" />
        <source>Not used by any record: {0}</source>
        <translation>Не используется ни одной записью: {0}</translation>
    </message>
    <message>
        <location filename="../cli_maintenance.py" line="106" />
        <source>Unfinished temporary file: {0}</source>
        <translation>Недописанный временный файл: {0}</translation>
    </message>
    <message>
        <location filename="../cli_maintenance.py" line="123" />
        <source>Problem: {0}</source>
        <translation>Проблема: {0}</translation>
    </message>
    <message>
        <location filename="../cli_maintenance.py" line="128" />
        <source>Notice: {0}</source>
        <translation>Замечание: {0}</translation>
    </message>
    <message>
        <location filename="../cli_maintenance.py" line="131" />
        <source>… and {0} more like this.</source>
        <translation>… и ещё таких же: {0}.</translation>
    </message>
    <message>
        <location filename="../cli_maintenance.py" line="134" />
        <source>Moved to the quarantine: {0} → {1}</source>
        <translation>Перенесён в карантин: {0} → {1}</translation>
    </message>
    <message>
        <location filename="../cli_maintenance.py" line="135" />
        <source>Put back from the quarantine: {0} (from {1})</source>
        <translation>Возвращён из карантина: {0} (из {1})</translation>
    </message>
    <message>
        <location filename="../cli_maintenance.py" line="140" />
        <source>{0} unused file(s) younger than {1} min left in place: a registration may still be writing them.</source>
        <translation>Неиспользуемых файлов моложе {1} мин оставлено на месте: {0}; их, возможно, ещё записывает идущая регистрация.</translation>
    </message>
    <message>
        <location filename="../cli_maintenance.py" line="147" />
        <source>Checked {0} file records and {1} files ({2:.1f} MB): {3} problem(s), {4} notice(s).</source>
        <translation>Проверено записей о файлах: {0}, файлов: {1} ({2:.1f} МБ); проблем: {3}, замечаний: {4}.</translation>
    </message>
    <message>
        <location filename="../cli_maintenance.py" line="160" />
        <source>Notices are leftovers of interrupted work and harmless; mailroom doctor --repair moves them into the store's quarantine folder.</source>
        <translation>Замечания — безвредные остатки прерванной работы; mailroom doctor --repair переносит их в папку карантина хранилища.</translation>
    </message>
    <message>
        <location filename="../cli_maintenance.py" line="174" />
        <source>Nothing repaired: run mailroom db upgrade first, then doctor again.</source>
        <translation>Ничего не исправлено: сначала выполните mailroom db upgrade, затем снова doctor.</translation>
    </message>
    <message>
        <location filename="../cli_maintenance.py" line="183" />
        <source>The backup folder must be new or empty: {0}</source>
        <translation>Папка резервной копии должна быть новой или пустой: {0}</translation>
    </message>
    <message>
        <location filename="../cli_maintenance.py" line="184" />
        <source>Not a Mailroom backup, or an unfinished one (no manifest.json): {0}</source>
        <translation>Это не резервная копия Mailroom или незавершённая копия (нет manifest.json): {0}</translation>
    </message>
    <message>
        <location filename="../cli_maintenance.py" line="187" />
        <source>The backup's manifest cannot be read: {0}</source>
        <translation>Не удаётся прочитать опись резервной копии: {0}</translation>
    </message>
    <message>
        <location filename="../cli_maintenance.py" line="188" />
        <source>The backup is damaged: these files are missing or differ from the manifest:</source>
        <translation>Резервная копия повреждена: эти файлы отсутствуют или не совпадают с описью:</translation>
    </message>
    <message>
        <location filename="../cli_maintenance.py" line="191" />
        <source>The backup is of another database engine ({0}); restore it into the same.</source>
        <translation>Резервная копия сделана с другой СУБД ({0}); восстанавливайте её в такую же.</translation>
    </message>
    <message>
        <location filename="../cli_maintenance.py" line="194" />
        <source>The backup comes from a newer version of Mailroom (schema {0}); update first.</source>
        <translation>Резервная копия сделана более новой версией Mailroom (схема {0}); сначала обновите программу.</translation>
    </message>
    <message>
        <location filename="../cli_maintenance.py" line="197" />
        <source>The database or the file store already holds data; nothing was restored. Use --force to restore over it:</source>
        <translation>В базе данных или хранилище файлов уже есть данные; ничего не восстановлено. Чтобы восстановить поверх них, укажите --force:</translation>
    </message>
    <message>
        <location filename="../cli_maintenance.py" line="202" />
        <source>The restored database does not hold the rows the manifest lists:</source>
        <translation>В восстановленной базе данных не те строки, что перечислены в описи:</translation>
    </message>
    <message>
        <location filename="../cli_maintenance.py" line="205" />
        <source>{0} was not found: install the PostgreSQL client tools (e.g. apt-get install postgresql-client) or set MAILROOM_PG_BIN to their folder.</source>
        <translation>Не найдена программа {0}: установите клиентские программы PostgreSQL (например, apt-get install postgresql-client) или укажите их папку в MAILROOM_PG_BIN.</translation>
    </message>
    <message>
        <location filename="../cli_maintenance.py" line="210" />
        <source>The PostgreSQL tool failed: {0}</source>
        <translation>Ошибка программы PostgreSQL: {0}</translation>
    </message>
    <message>
        <location filename="../cli_maintenance.py" line="211" />
        <source>An in-memory database cannot be backed up or restored: {0}</source>
        <translation>Базу данных в памяти нельзя скопировать или восстановить: {0}</translation>
    </message>
    <message>
        <location filename="../cli_maintenance.py" line="212" />
        <source>The database copy failed its integrity check: {0}</source>
        <translation>Копия базы данных не прошла проверку целостности: {0}</translation>
    </message>
    <message>
        <location filename="../cli_maintenance.py" line="230" />
        <source>Missing from the store, not in the backup: {0}</source>
        <translation>Нет в хранилище, в копию не вошёл: {0}</translation>
    </message>
    <message>
        <location filename="../cli_maintenance.py" line="232" />
        <source>Damaged in the store, not in the backup: {0}</source>
        <translation>Повреждён в хранилище, в копию не вошёл: {0}</translation>
    </message>
    <message>
        <location filename="../cli_maintenance.py" line="234" />
        <source>Backup written to {0}: {1} letters, {2} pages, {3} files ({4:.1f} MB).</source>
        <translation>Резервная копия записана в {0}: писем — {1}, листов — {2}, файлов — {3} ({4:.1f} МБ).</translation>
    </message>
    <message>
        <location filename="../cli_maintenance.py" line="256" />
        <source>The backup is intact: {0} files match the manifest.</source>
        <translation>Резервная копия цела: все файлы ({0}) совпадают с описью.</translation>
    </message>
    <message>
        <location filename="../cli_maintenance.py" line="271" />
        <source>Restored from {0}: {1} letters, {2} pages, {3} files ({4} copied to the store).</source>
        <translation>Восстановлено из {0}: писем — {1}, листов — {2}, файлов — {3} (скопировано в хранилище: {4}).</translation>
    </message>
    <message>
        <location filename="../cli_maintenance.py" line="283" />
        <source>The database was upgraded from schema {0} to {1}.</source>
        <translation>База данных обновлена со схемы {0} до {1}.</translation>
    </message>
    <message>
        <location filename="../cli_users.py" line="25" />
        <source>users and roles</source>
        <translation>пользователи и роли</translation>
    </message>
    <message>
        <location filename="../cli_users.py" line="27" />
        <source>list users</source>
        <translation>список пользователей</translation>
    </message>
    <message>
        <location filename="../cli_users.py" line="30" />
        <source>add a user (password from MAILROOM_NEW_PASSWORD or a prompt)</source>
        <translation>добавить пользователя (пароль из MAILROOM_NEW_PASSWORD или с запросом)</translation>
    </message>
    <message>
        <location filename="../cli_users.py" line="31" />
        <source>change a user's name, role, department or state</source>
        <translation>изменить ФИО, роль, отдел или состояние пользователя</translation>
    </message>
    <message>
        <location filename="../cli_users.py" line="46" />
        <source>set a new password (MAILROOM_NEW_PASSWORD or a prompt)</source>
        <translation>задать новый пароль (MAILROOM_NEW_PASSWORD или с запросом)</translation>
    </message>
    <message>
        <location filename="../cli_users.py" line="51" />
        <source>give a fresh install its administrator's login and password</source>
        <translation>задать логин и пароль администратора новой установки</translation>
    </message>
    <message>
        <location filename="../cli_users.py" line="57" />
        <source>departments</source>
        <translation>отделы</translation>
    </message>
    <message>
        <location filename="../cli_users.py" line="59" />
        <source>list departments</source>
        <translation>список отделов</translation>
    </message>
    <message>
        <location filename="../cli_users.py" line="61" />
        <source>add or rename a department</source>
        <translation>добавить или переименовать отдел</translation>
    </message>
    <message>
        <location filename="../cli_users.py" line="66" />
        <source>the audit log</source>
        <translation>журнал аудита</translation>
    </message>
    <message>
        <location filename="../cli_users.py" line="71" />
        <source>show audit entries, newest first</source>
        <translation>показать записи аудита, сначала новые</translation>
    </message>
    <message>
        <location filename="../cli_users.py" line="73" />
        <source>write an extract of the audit log (CSV or JSON lines)</source>
        <translation>выписка из журнала аудита (CSV или JSON lines)</translation>
    </message>
    <message>
        <location filename="../cli_users.py" line="77" />
        <source>e.g. letter.link</source>
        <translation>например, letter.link</translation>
    </message>
    <message>
        <location filename="../cli_reports.py" line="19" />
        <location filename="../cli_users.py" line="94" />
        <source>Not a date (YYYY-MM-DD): {0}</source>
        <translation>Не дата (ГГГГ-ММ-ДД): {0}</translation>
    </message>
    <message>
        <location filename="../cli_reports.py" line="25" />
        <source>appeals by category, channel and month, with charts (PDF or XLSX)</source>
        <translation>обращения по темам, каналам и месяцам, с диаграммами (PDF или XLSX)</translation>
    </message>
    <message>
        <location filename="../cli_reports.py" line="35" />
        <source>a consumer's whole correspondence as one PDF</source>
        <translation>вся переписка с потребителем одним PDF</translation>
    </message>
    <message>
        <location filename="../cli_reports.py" line="119" />
        <source>The consumer {0} has no correspondence yet.</source>
        <translation>С потребителем {0} ещё нет переписки.</translation>
    </message>
    <message>
        <location filename="../cli_reports.py" line="133" />
        <source>{0}: {1} appeals, {2} replies, {3} pages.</source>
        <translation>{0}: обращений — {1}, ответов — {2}, страниц — {3}.</translation>
    </message>
    <message>
        <location filename="../cli_users.py" line="103" />
        <source>Set MAILROOM_NEW_PASSWORD or run on a terminal to type it.</source>
        <translation>Задайте MAILROOM_NEW_PASSWORD или запустите в терминале, чтобы ввести пароль.</translation>
    </message>
    <message>
        <location filename="../cli_users.py" line="105" />
        <source>New password for {0}: </source>
        <translation>Новый пароль для {0}: </translation>
    </message>
    <message>
        <location filename="../cli_users.py" line="106" />
        <source>Repeat the password: </source>
        <translation>Повторите пароль: </translation>
    </message>
    <message>
        <location filename="../cli_users.py" line="108" />
        <source>The passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <location filename="../cli_users.py" line="115" />
        <source>Not a usable login (no spaces, up to 64 characters): {0}</source>
        <translation>Недопустимый логин (без пробелов, до 64 символов): {0}</translation>
    </message>
    <message>
        <location filename="../cli_users.py" line="116" />
        <source>Unknown role: {0}</source>
        <translation>Неизвестная роль: {0}</translation>
    </message>
    <message>
        <location filename="../cli_users.py" line="117" />
        <source>Already taken: {0}</source>
        <translation>Уже занято: {0}</translation>
    </message>
    <message>
        <location filename="../cli_users.py" line="118" />
        <source>No such user or department: {0}</source>
        <translation>Нет такого пользователя или отдела: {0}</translation>
    </message>
    <message>
        <location filename="../cli_users.py" line="119" />
        <source>{0} is the last active administrator.</source>
        <translation>{0} — последний действующий администратор.</translation>
    </message>
    <message>
        <location filename="../cli_users.py" line="120" />
        <source>Unknown or incomplete department: {0}</source>
        <translation>Неизвестный или неполный отдел: {0}</translation>
    </message>
    <message>
        <location filename="../cli_users.py" line="129" />
        <source>The password is too short: at least {0} characters.</source>
        <translation>Пароль слишком короткий: нужно не менее {0} символов.</translation>
    </message>
    <message>
        <location filename="../cli_users.py" line="133" />
        <source>The administrator already has a password.</source>
        <translation>У администратора уже есть пароль.</translation>
    </message>
    <message>
        <location filename="../cli_users.py" line="164" />
        <source>No such department: {0}</source>
        <translation>Нет такого отдела: {0}</translation>
    </message>
    <message>
        <location filename="../cli_users.py" line="173" />
        <source>blocked</source>
        <translation>заблокирован</translation>
    </message>
    <message>
        <location filename="../cli_users.py" line="196" />
        <source>User {0} added.</source>
        <translation>Пользователь {0} добавлен.</translation>
    </message>
    <message>
        <location filename="../cli_users.py" line="224" />
        <source>User {0} changed.</source>
        <translation>Пользователь {0} изменён.</translation>
    </message>
    <message>
        <location filename="../cli_users.py" line="240" />
        <source>Administrator {0} is ready.</source>
        <translation>Администратор {0} создан.</translation>
    </message>
    <message>
        <location filename="../cli_users.py" line="263" />
        <source>Department {0} saved.</source>
        <translation>Отдел {0} сохранён.</translation>
    </message>
    <message>
        <location filename="../cli_users.py" line="306" />
        <source>{0} entries written to {1}</source>
        <translation>Записей: {0}, записано в {1}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../gui/widgets.py" line="158" />
        <source>A file or folder cannot be used: {0}</source>
        <translation>Не удаётся использовать файл или папку: {0}</translation>
    </message>
    <message>
        <location filename="../gui/widgets.py" line="161" />
        <source>Tesseract OCR is not ready: {0}</source>
        <translation>Tesseract OCR не готов к работе: {0}</translation>
    </message>
    <message>
        <location filename="../gui/widgets.py" line="163" />
        <source>The database cannot be reached: {0}</source>
        <translation>Нет связи с базой данных: {0}</translation>
    </message>
    <message>
        <location filename="../gui/widgets.py" line="174" />
        <source>An internal error occurred ({0}: {1}). Details are in the log.</source>
        <translation>Произошла внутренняя ошибка ({0}: {1}). Подробности записаны в журнал.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../gui/labels.py" line="24" />
        <source>Post</source>
        <translation>Почта</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="25" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="26" />
        <source>Internet</source>
        <translation>Интернет-приёмная</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="27" />
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="28" />
        <source>In person</source>
        <translation>Лично</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="35" />
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="36" />
        <source>On resolution</source>
        <translation>На резолюции</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="37" />
        <source>In progress</source>
        <translation>На исполнении</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="38" />
        <source>Reply prepared</source>
        <translation>Ответ подготовлен</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="39" />
        <source>Reply sent</source>
        <translation>Ответ отправлен</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="40" />
        <source>Done</source>
        <translation>Исполнено</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="41" />
        <source>Forwarded</source>
        <translation>Переадресовано</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="42" />
        <source>No answer required</source>
        <translation>Без ответа</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="43" />
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="44" />
        <source>Merged</source>
        <translation>Объединено</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="50" />
        <source>Linked automatically</source>
        <translation>Привязано автоматически</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="51" />
        <source>Suggestions</source>
        <translation>Есть кандидаты</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="52" />
        <source>Confirmed</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="53" />
        <source>Linked by hand</source>
        <translation>Привязано вручную</translation>
    </message>
    <message>
        <location filename="../gui/labels.py" line="54" />
        <source>Not linked</source>
        <translation>Не привязано</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../roles.py" line="34" />
        <source>clerk</source>
        <translation>делопроизводитель</translation>
    </message>
    <message>
        <location filename="../roles.py" line="35" />
        <source>specialist</source>
        <translation>специалист</translation>
    </message>
    <message>
        <location filename="../roles.py" line="36" />
        <source>head of department</source>
        <translation>руководитель</translation>
    </message>
    <message>
        <location filename="../roles.py" line="37" />
        <source>archivist</source>
        <translation>архивариус</translation>
    </message>
    <message>
        <location filename="../roles.py" line="38" />
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../gui/startup.py" line="73" />
        <source>Cannot open the database:
{0}</source>
        <translation>Не удаётся открыть базу данных:
{0}</translation>
    </message>
</context>
</TS>
