<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/main_window.py" line="19" />
        <source>Mailroom — correspondence register</source>
        <translation>Mailroom — реестр корреспонденции</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="28" />
        <source>Database: {0}</source>
        <translation>База данных: {0}</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../gui/register_model.py" line="25" />
        <source>Reg. No.</source>
        <translation>Рег. №</translation>
    </message>
    <message>
        <location filename="../gui/register_model.py" line="26" />
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <location filename="../gui/register_model.py" line="27" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../gui/register_model.py" line="28" />
        <source>Sender</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <location filename="../gui/register_model.py" line="29" />
        <source>Account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <location filename="../gui/register_model.py" line="30" />
        <source>Link</source>
        <translation>Привязка</translation>
    </message>
    <message>
        <location filename="../gui/register_model.py" line="31" />
        <source>Category</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../gui/register_model.py" line="32" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../cli.py" line="39" />
        <source>Configuration error: {0}</source>
        <translation>Ошибка настройки: {0}</translation>
    </message>
    <message>
        <location filename="../cli.py" line="42" />
        <source>The PostgreSQL driver is missing: install Mailroom with the 'postgres' extra ({0}).</source>
        <translation>Нет драйвера PostgreSQL: установите Mailroom с дополнением «postgres» ({0}).</translation>
    </message>
    <message>
        <location filename="../cli.py" line="51" />
        <source>Cannot open the database {0}: {1}</source>
        <translation>Не удаётся открыть базу данных {0}: {1}</translation>
    </message>
    <message>
        <location filename="../cli.py" line="74" />
        <source>Unknown or inactive user: {0}</source>
        <translation>Неизвестный или отключённый пользователь: {0}</translation>
    </message>
    <message>
        <location filename="../cli.py" line="98" />
        <source>Mailroom: incoming and outgoing correspondence.</source>
        <translation>Mailroom: входящая и исходящая корреспонденция.</translation>
    </message>
    <message>
        <location filename="../cli.py" line="103" />
        <source>database URL (default: embedded SQLite; or MAILROOM_DB)</source>
        <translation>адрес базы данных (по умолчанию встроенная SQLite; или MAILROOM_DB)</translation>
    </message>
    <message>
        <location filename="../cli.py" line="108" />
        <source>file store folder (default: user data folder; or MAILROOM_STORE)</source>
        <translation>папка хранилища файлов (по умолчанию папка данных пользователя; или MAILROOM_STORE)</translation>
    </message>
    <message>
        <location filename="../cli.py" line="113" />
        <source>interface language (default: from the locale)</source>
        <translation>язык интерфейса (по умолчанию по настройкам системы)</translation>
    </message>
    <message>
        <location filename="../cli.py" line="116" />
        <source>act as this user (or MAILROOM_USER)</source>
        <translation>действовать от имени этого пользователя (или MAILROOM_USER)</translation>
    </message>
    <message>
        <location filename="../cli.py" line="160" />
        <source>Interrupted.</source>
        <translation>Прервано.</translation>
    </message>
    <message>
        <location filename="../cli.py" line="167" />
        <source>File or folder not found: {0}</source>
        <translation>Файл или папка не найдены: {0}</translation>
    </message>
    <message>
        <location filename="../cli_commands.py" line="19" />
        <source>database maintenance</source>
        <translation>обслуживание базы данных</translation>
    </message>
    <message>
        <location filename="../cli_commands.py" line="21" />
        <source>apply database migrations</source>
        <translation>применить миграции базы данных</translation>
    </message>
    <message>
        <location filename="../cli_commands.py" line="24" />
        <source>the consumer registry</source>
        <translation>реестр потребителей</translation>
    </message>
    <message>
        <location filename="../cli_commands.py" line="27" />
        <source>import a registry export (CSV or XLSX)</source>
        <translation>загрузить выгрузку реестра (CSV или XLSX)</translation>
    </message>
    <message>
        <location filename="../cli_commands.py" line="33" />
        <source>the file is not a full export: do not close accounts missing from it</source>
        <translation>файл — не полная выгрузка: не закрывать отсутствующие в нём лицевые счета</translation>
    </message>
    <message>
        <location filename="../cli_commands.py" line="40" />
        <source>close accounts even when more than half of them are missing from the file</source>
        <translation>закрыть счета, даже если в файле нет больше половины из них</translation>
    </message>
    <message>
        <location filename="../cli_commands.py" line="46" />
        <source>find consumers by account, name or address</source>
        <translation>найти потребителей по лицевому счёту, ФИО или адресу</translation>
    </message>
    <message>
        <location filename="../cli_commands.py" line="52" />
        <source>export letters, one per line</source>
        <translation>выгрузить письма, по одному на строку</translation>
    </message>
    <message>
        <location filename="../cli_commands.py" line="56" />
        <source>write to FILE, not stdout</source>
        <translation>записать в ФАЙЛ, а не в стандартный вывод</translation>
    </message>
    <message>
        <location filename="../cli_commands.py" line="66" />
        <source>not a date in the form YYYY-MM-DD: {0}</source>
        <translation>не дата в виде ГГГГ-ММ-ДД: {0}</translation>
    </message>
    <message>
        <location filename="../cli_commands.py" line="75" />
        <source>Database {0} is at revision {1}.</source>
        <translation>База данных {0}: версия схемы {1}.</translation>
    </message>
    <message>
        <location filename="../cli_commands.py" line="84" />
        <source>no account</source>
        <translation>нет лицевого счёта</translation>
    </message>
    <message>
        <location filename="../cli_commands.py" line="85" />
        <source>the account must be 5 to 20 digits: {value}</source>
        <translation>лицевой счёт должен состоять из 5–20 цифр: {value}</translation>
    </message>
    <message>
        <location filename="../cli_commands.py" line="86" />
        <source>account {value} is repeated in the file</source>
        <translation>лицевой счёт {value} повторяется в файле</translation>
    </message>
    <message>
        <location filename="../cli_commands.py" line="87" />
        <source>no full name for account {value}</source>
        <translation>нет ФИО для лицевого счёта {value}</translation>
    </message>
    <message>
        <location filename="../cli_commands.py" line="105" />
        <source>No recognised column headers in {0}.</source>
        <translation>В файле {0} не найдены известные заголовки столбцов.</translation>
    </message>
    <message>
        <location filename="../cli_commands.py" line="106" />
        <source>No account column in {0}.</source>
        <translation>В файле {0} нет столбца с лицевым счётом.</translation>
    </message>
    <message>
        <location filename="../cli_commands.py" line="107" />
        <source>Cannot read {0}: not a CSV or XLSX file.</source>
        <translation>Не удаётся прочитать {0}: это не файл CSV или XLSX.</translation>
    </message>
    <message>
        <location filename="../cli_commands.py" line="112" />
        <source>The file would close {0} of {1} active accounts; nothing was imported. Use --partial for a partial file, or --force if this is right.</source>
        <translation>Файл закрыл бы {0} из {1} действующих лицевых счетов; ничего не загружено. Для частичного файла укажите --partial, а если всё верно — --force.</translation>
    </message>
    <message>
        <location filename="../cli_commands.py" line="120" />
        <source>Row {0}: rejected: {1}</source>
        <translation>Строка {0}: отклонена: {1}</translation>
    </message>
    <message>
        <location filename="../cli_commands.py" line="125" />
        <source>Rows: {0}; new: {1}; updated: {2}; reopened: {3}; closed: {4}; rejected: {5}.</source>
        <translation>Строк: {0}; новых: {1}; обновлено: {2}; вновь открыто: {3}; закрыто: {4}; отклонено: {5}.</translation>
    </message>
    <message>
        <location filename="../cli_commands.py" line="145" />
        <source>closed</source>
        <translation>закрыт</translation>
    </message>
    <message>
        <location filename="../cli_commands.py" line="149" />
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="16" />
        <source>register scanned letters</source>
        <translation>зарегистрировать отсканированные письма</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="22" />
        <source>watch a hot folder and register what arrives</source>
        <translation>следить за папкой и регистрировать поступающие файлы</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="30" />
        <source>seconds between looks at the folder</source>
        <translation>секунд между проверками папки</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="33" />
        <source>take what is ready now, then stop</source>
        <translation>взять то, что готово сейчас, и остановиться</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="38" />
        <source>print separator sheets for --split barcode</source>
        <translation>напечатать листы-разделители для --split barcode</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="50" />
        <source>OCR worker processes (default: one per core)</source>
        <translation>процессов распознавания (по умолчанию по одному на ядро)</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="56" />
        <source>date the letters were received (default: today)</source>
        <translation>дата поступления писем (по умолчанию сегодня)</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="65" />
        <source>cut a batch into letters at blank pages or at separator sheets</source>
        <translation>делить пачку на письма по пустым страницам или листам-разделителям</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="70" />
        <source>where unusable files are kept with their reasons</source>
        <translation>куда откладывать непригодные файлы с указанием причины</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="76" />
        <source>tesseract languages (default: rus+eng)</source>
        <translation>языки tesseract (по умолчанию rus+eng)</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="82" />
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="83" />
        <source>the file is damaged or truncated</source>
        <translation>файл повреждён или обрезан</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="84" />
        <source>the PDF is encrypted or password-protected</source>
        <translation>PDF зашифрован или защищён паролем</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="85" />
        <source>the image is implausibly large (possible decompression bomb)</source>
        <translation>изображение неправдоподобно велико (возможна «бомба-распаковка»)</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="88" />
        <source>unsupported file type</source>
        <translation>неподдерживаемый тип файла</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="89" />
        <source>the file extension does not match its content</source>
        <translation>расширение файла не соответствует содержимому</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="90" />
        <source>the file cannot be read</source>
        <translation>файл не удаётся прочитать</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="91" />
        <source>text recognition failed</source>
        <translation>не удалось распознать текст</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="92" />
        <source>no letter pages (only blank or separator pages)</source>
        <translation>нет страниц письма (только пустые страницы или разделители)</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="112" />
        <source>[{bar}] {done}/{total} pages, {rate:.1f} pages/s, left {eta}</source>
        <translation>[{bar}] {done}/{total} стр., {rate:.1f} стр./с, осталось {eta}</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="148" />
        <source>Tesseract OCR is not ready: {0}</source>
        <translation>Распознавание Tesseract не готово: {0}</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="157" />
        <source>{0}: registered as {1}</source>
        <translation>{0}: зарегистрировано как {1}</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="160" />
        <source>{0}: already registered as {1}</source>
        <translation>{0}: уже зарегистрировано как {1}</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="165" />
        <source>{0}: quarantined: {1}</source>
        <translation>{0}: отложено в карантин: {1}</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="167" />
        <source>{0}: not processed (cancelled)</source>
        <translation>{0}: не обработано (отменено)</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="170" />
        <source>Letters registered: {0}; files: {1} registered, {2} duplicates, {3} quarantined; {4} pages in {5:.1f} s ({6:.1f} pages/min).</source>
        <translation>Зарегистрировано писем: {0}; файлов: зарегистрировано {1}, повторов {2}, в карантине {3}; {4} стр. за {5:.1f} с ({6:.1f} стр./мин).</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="203" />
        <source>Watching {0}; press Ctrl+C to stop.</source>
        <translation>Слежу за папкой {0}; для остановки нажмите Ctrl+C.</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="217" />
        <source>Stopped.</source>
        <translation>Остановлено.</translation>
    </message>
    <message>
        <location filename="../cli_import.py" line="226" />
        <source>Separator sheets written to {0}.</source>
        <translation>Листы-разделители записаны в {0}.</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../gui/startup.py" line="28" />
        <source>Cannot open the database:
{0}</source>
        <translation>Не удаётся открыть базу данных:
{0}</translation>
    </message>
</context>
</TS>