<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
    <name>ConsumerCard</name>
    <message>
        <location filename="../gui/consumer_card.py" line="39" />
        <source>Merged</source>
        <translation>Объединено</translation>
    </message>
    <message>
        <location filename="../gui/consumer_card.py" line="70" />
        <source>Reg. No.</source>
        <translation>Рег. №</translation>
    </message>
    <message>
        <location filename="../gui/consumer_card.py" line="71" />
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <location filename="../gui/consumer_card.py" line="72" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../gui/consumer_card.py" line="73" />
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../gui/consumer_card.py" line="74" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../gui/consumer_card.py" line="75" />
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <location filename="../gui/consumer_card.py" line="138" />
        <source>Registry data</source>
        <translation>Данные реестра</translation>
    </message>
    <message>
        <location filename="../gui/consumer_card.py" line="141" />
        <source>Account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <location filename="../gui/consumer_card.py" line="142" />
        <source>Consumer</source>
        <translation>Потребитель</translation>
    </message>
    <message>
        <location filename="../gui/consumer_card.py" line="143" />
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../gui/consumer_card.py" line="144" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../gui/consumer_card.py" line="145" />
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../gui/consumer_card.py" line="146" />
        <source>Meters</source>
        <translation>Приборы учёта</translation>
    </message>
    <message>
        <location filename="../gui/consumer_card.py" line="147" />
        <source>Account state</source>
        <translation>Состояние счёта</translation>
    </message>
    <message>
        <location filename="../gui/consumer_card.py" line="154" />
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../gui/consumer_card.py" line="166" />
        <source>Open the letter (Enter or double-click)</source>
        <translation>Открыть письмо (Enter или двойной щелчок)</translation>
    </message>
    <message>
        <location filename="../gui/consumer_card.py" line="180" />
        <source>Consumer card — {0}</source>
        <translation>Карточка потребителя — {0}</translation>
    </message>
    <message>
        <location filename="../gui/consumer_card.py" line="181" />
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../gui/consumer_card.py" line="203" />
        <source>The account is not in the registry.</source>
        <translation>Лицевого счёта нет в реестре.</translation>
    </message>
    <message>
        <location filename="../gui/consumer_card.py" line="213" />
        <source>active</source>
        <translation>действует</translation>
    </message>
    <message>
        <location filename="../gui/consumer_card.py" line="215" />
        <source>closed</source>
        <translation>закрыт</translation>
    </message>
    <message>
        <location filename="../gui/consumer_card.py" line="220" />
        <source>History: {0} appeals, newest first</source>
        <translation>История обращений: {0}, сначала новые</translation>
    </message>
    <message>
        <location filename="../gui/consumer_card.py" line="225" />
        <source>No appeals linked yet.</source>
        <translation>Связанных обращений пока нет.</translation>
    </message>
    <message>
        <location filename="../gui/consumer_card.py" line="233" />
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
        <location filename="../gui/verification/history_model.py" line="50" />
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <location filename="../gui/verification/history_model.py" line="56" />
        <source>linked account</source>
        <translation>привязанный счёт</translation>
    </message>
    <message>
        <location filename="../gui/verification/history_model.py" line="57" />
        <source>link</source>
        <translation>привязка</translation>
    </message>
    <message>
        <location filename="../gui/verification/history_model.py" line="61" />
        <source>verified</source>
        <translation>проверено</translation>
    </message>
    <message>
        <location filename="../gui/verification/history_model.py" line="62" />
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <location filename="../gui/verification/history_model.py" line="63" />
        <source>channel</source>
        <translation>канал</translation>
    </message>
    <message>
        <location filename="../gui/verification/history_model.py" line="64" />
        <location filename="../gui/verification/history_model.py" line="65" />
        <source>pages</source>
        <translation>страниц</translation>
    </message>
    <message>
        <location filename="../gui/verification/history_model.py" line="73" />
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../gui/verification/history_model.py" line="73" />
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../gui/verification/history_model.py" line="132" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../gui/verification/history_model.py" line="133" />
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../gui/verification/history_model.py" line="134" />
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../gui/verification/history_model.py" line="135" />
        <source>Details</source>
        <translation>Подробности</translation>
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
        <location filename="../gui/intake.py" line="385" />
        <source>Letters registered: {0}; duplicates: {1}; quarantined: {2}</source>
        <translation>Зарегистрировано писем: {0}; повторных файлов: {1}; в карантине: {2}</translation>
    </message>
    <message>
        <location filename="../gui/intake.py" line="389" />
        <source>Import cancelled. {0}</source>
        <translation>Загрузка отменена. {0}</translation>
    </message>
    <message>
        <location filename="../gui/intake.py" line="404" />
        <source>The import failed.</source>
        <translation>Загрузка не удалась.</translation>
    </message>
    <message>
        <location filename="../gui/intake.py" line="405" />
        <source>Letter import</source>
        <translation>Загрузка писем</translation>
    </message>
</context>
<context>
    <name>JobsIndicator</name>
    <message>
        <location filename="../gui/widgets.py" line="45" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../gui/widgets.py" line="46" />
        <source>Cancel the background job</source>
        <translation>Отменить фоновую задачу</translation>
    </message>
    <message>
        <location filename="../gui/widgets.py" line="57" />
        <source>No background jobs</source>
        <translation>Фоновых задач нет</translation>
    </message>
    <message>
        <location filename="../gui/widgets.py" line="64" />
        <source>{0} (and {1} more)</source>
        <translation>{0} (и ещё {1})</translation>
    </message>
</context>
<context>
    <name>LetterCard</name>
    <message>
        <location filename="../gui/letter_card.py" line="70" />
        <source>Letter card</source>
        <translation>Карточка письма</translation>
    </message>
    <message>
        <location filename="../gui/letter_card.py" line="77" />
        <source>Reg. No.</source>
        <translation>Рег. №</translation>
    </message>
    <message>
        <location filename="../gui/letter_card.py" line="78" />
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <location filename="../gui/letter_card.py" line="80" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../gui/letter_card.py" line="81" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../gui/letter_card.py" line="87" />
        <source>Account link</source>
        <translation>Привязка к счёту</translation>
    </message>
    <message>
        <location filename="../gui/letter_card.py" line="90" />
        <source>Pages</source>
        <translation>Страниц</translation>
    </message>
    <message>
        <location filename="../gui/letter_card.py" line="91" />
        <source>Source file</source>
        <translation>Исходный файл</translation>
    </message>
    <message>
        <location filename="../gui/letter_card.py" line="108" />
        <source>Card</source>
        <translation>Карточка</translation>
    </message>
    <message>
        <location filename="../gui/letter_card.py" line="109" />
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../gui/letter_card.py" line="131" />
        <source>Letter card — {0}</source>
        <translation>Карточка письма — {0}</translation>
    </message>
    <message>
        <location filename="../gui/letter_card.py" line="138" />
        <source>merged into {0}</source>
        <translation>присоединено к {0}</translation>
    </message>
    <message>
        <location filename="../gui/letter_card.py" line="140" />
        <source>verified</source>
        <translation>проверено</translation>
    </message>
    <message>
        <location filename="../gui/letter_card.py" line="171" />
        <source>The letter cannot be loaded: {0}</source>
        <translation>Не удалось загрузить письмо: {0}</translation>
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
    <name>MainWindow</name>
    <message>
        <location filename="../gui/main_window.py" line="47" />
        <source>Incoming</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="48" />
        <source>Register</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="49" />
        <source>Control</source>
        <translation>Контроль</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="50" />
        <source>Replies</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="51" />
        <source>Search and archive</source>
        <translation>Поиск и архив</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="52" />
        <source>Consumers</source>
        <translation>Потребители</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="53" />
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="96" />
        <source>Mailroom — correspondence register</source>
        <translation>Mailroom — реестр корреспонденции</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="105" />
        <source>Intake</source>
        <translation>Приём</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="108" />
        <source>Verification</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="114" />
        <source>{0} comes with a later version of Mailroom.</source>
        <translation>Раздел «{0}» появится в следующей версии Mailroom.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="150" />
        <source>Database: {0}</source>
        <translation>База данных: {0}</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="152" />
        <source>User: {0}</source>
        <translation>Пользователь: {0}</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="184" />
        <source>The verification station comes with a later version of Mailroom.</source>
        <translation>Место проверки писем появится в следующей версии Mailroom.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="205" />
        <source>The consumer card comes with a later version of Mailroom.</source>
        <translation>Карточка потребителя появится в следующей версии Mailroom.</translation>
    </message>
</context>
<context>
    <name>PageViewer</name>
    <message>
        <location filename="../gui/verification/page_viewer.py" line="215" />
        <source>No pages</source>
        <translation>Нет страниц</translation>
    </message>
    <message>
        <location filename="../gui/verification/page_viewer.py" line="235" />
        <source>Loading the page…</source>
        <translation>Загрузка страницы…</translation>
    </message>
    <message>
        <location filename="../gui/verification/page_viewer.py" line="251" />
        <source>This page has no image</source>
        <translation>У страницы нет изображения</translation>
    </message>
    <message>
        <location filename="../gui/verification/page_viewer.py" line="336" />
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
        <location filename="../gui/widgets.py" line="100" />
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../gui/register_model.py" line="61" />
        <source>Reg. No.</source>
        <translation>Рег. №</translation>
    </message>
    <message>
        <location filename="../gui/register_model.py" line="62" />
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <location filename="../gui/register_model.py" line="63" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../gui/register_model.py" line="64" />
        <source>Sender</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <location filename="../gui/register_model.py" line="65" />
        <source>Account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <location filename="../gui/register_model.py" line="66" />
        <source>Link</source>
        <translation>Привязка</translation>
    </message>
    <message>
        <location filename="../gui/register_model.py" line="67" />
        <source>Category</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../gui/register_model.py" line="68" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../gui/register_model.py" line="69" />
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../gui/register_model.py" line="70" />
        <source>Received</source>
        <translation>Дата поступления</translation>
    </message>
    <message>
        <location filename="../gui/register_model.py" line="71" />
        <source>Pages</source>
        <translation>Страниц</translation>
    </message>
    <message>
        <location filename="../gui/register_model.py" line="220" />
        <source>Cannot read the register: {0}</source>
        <translation>Не удаётся прочитать реестр: {0}</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../gui/register_view.py" line="100" />
        <source>Search: registration number, sender or account</source>
        <translation>Поиск: рег. номер, отправитель или лицевой счёт</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="104" />
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="105" />
        <source>Any category</source>
        <translation>Любая тема</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="106" />
        <source>Any channel</source>
        <translation>Любой канал</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="108" />
        <source>Linked or not</source>
        <translation>С привязкой и без</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="109" />
        <source>Linked to a consumer</source>
        <translation>Привязаны к потребителю</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="110" />
        <source>Not linked</source>
        <translation>Не привязано</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="112" />
        <source>Any executor</source>
        <translation>Любой исполнитель</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="118" />
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="119" />
        <source>Due date passed and no reply yet</source>
        <translation>Срок истёк, а ответа ещё нет</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="125" />
        <source>Reset filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="127" />
        <source>Export…</source>
        <translation>Выгрузить…</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="129" />
        <source>Save the filtered rows to CSV or Excel (Ctrl+E)</source>
        <translation>Сохранить отобранные строки в CSV или Excel (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="133" />
        <source>Reverse order</source>
        <translation>Обратный порядок</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="135" />
        <source>Show the end of the register first, without loading it (Ctrl+End)</source>
        <translation>Показать сначала конец реестра, не загружая его целиком (Ctrl+End)</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="143" />
        <source>Registered from</source>
        <translation>Зарегистрированы с</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="145" />
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="271" />
        <source>Letters shown: {0}; counting…</source>
        <translation>Показано писем: {0}; идёт подсчёт…</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="273" />
        <source>Letters shown: {0} of {1}</source>
        <translation>Показано писем: {0} из {1}</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="302" />
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV для Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="303" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="307" />
        <source>Export the register</source>
        <translation>Выгрузка реестра</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="329" />
        <source>Exporting the register</source>
        <translation>Выгрузка реестра</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="341" />
        <source>Exported {0} letters to {1}</source>
        <translation>Выгружено писем: {0}, файл {1}</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="349" />
        <source>Export cancelled</source>
        <translation>Выгрузка отменена</translation>
    </message>
    <message>
        <location filename="../gui/register_view.py" line="351" />
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
    <name>SettingsView</name>
    <message>
        <location filename="../gui/settings_view.py" line="78" />
        <source>default: {0}</source>
        <translation>по умолчанию: {0}</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="81" />
        <source>tesseract from PATH</source>
        <translation>tesseract из PATH</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="83" />
        <source>not set</source>
        <translation>не задана</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="86" />
        <source>From the system locale</source>
        <translation>По языку системы</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="89" />
        <source>This workstation</source>
        <translation>Это рабочее место</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="91" />
        <source>Database URL:</source>
        <translation>Адрес базы данных:</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="92" />
        <source>File store folder:</source>
        <translation>Папка хранилища файлов:</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="93" />
        <source>Tesseract program:</source>
        <translation>Программа Tesseract:</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="94" />
        <source>OCR languages:</source>
        <translation>Языки распознавания:</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="95" />
        <source>Hot folder:</source>
        <translation>Папка сканера:</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="96" />
        <source>Quarantine folder:</source>
        <translation>Папка карантина:</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="97" />
        <source>Interface language:</source>
        <translation>Язык интерфейса:</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="99" />
        <source>The database, the file store, the Tesseract program and the language change after a restart; the other settings apply at once.</source>
        <translation>База данных, хранилище файлов, программа Tesseract и язык меняются после перезапуска; остальные настройки действуют сразу.</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="120" />
        <source>Company requisites (letterhead of replies)</source>
        <translation>Реквизиты организации (для бланка ответов)</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="123" />
        <source>Organisation:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="124" />
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="125" />
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="126" />
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="127" />
        <source>OGRN:</source>
        <translation>ОГРН:</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="128" />
        <source>INN:</source>
        <translation>ИНН:</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="130" />
        <source>Registration numbers</source>
        <translation>Регистрационные номера</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="134" />
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="135" />
        <source>Journal name</source>
        <translation>Наименование журнала</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="136" />
        <source>Number format</source>
        <translation>Формат номера</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="137" />
        <source>Example</source>
        <translation>Пример</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="149" />
        <source>Use {year} and {seq}; {seq:06d} pads the number with zeros to six digits. Example: ВХ-{year}-{seq:06d}.</source>
        <translation>Используйте {year} (год) и {seq} (порядковый номер); {seq:06d} дополняет номер нулями до шести цифр. Пример: ВХ-{year}-{seq:06d}.</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="163" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="165" />
        <source>Save the settings (Ctrl+S)</source>
        <translation>Сохранить настройки (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="167" />
        <source>Revert</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="235" />
        <source>not a valid format</source>
        <translation>недопустимый формат</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="273" />
        <source>a registration number format is not valid</source>
        <translation>недопустимый формат регистрационного номера</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="276" />
        <source>the OGRN must have 13 digits</source>
        <translation>ОГРН должен состоять из 13 цифр</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="277" />
        <source>the INN must have 10 or 12 digits</source>
        <translation>ИНН должен состоять из 10 или 12 цифр</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="278" />
        <source>the e-mail address is not valid</source>
        <translation>неверный адрес эл. почты</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="283" />
        <source>Not saved: {0}.</source>
        <translation>Не сохранено: {0}.</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="299" />
        <source>Settings saved.</source>
        <translation>Настройки сохранены.</translation>
    </message>
    <message>
        <location filename="../gui/settings_view.py" line="301" />
        <source>Restart Mailroom to apply all changes.</source>
        <translation>Перезапустите Mailroom, чтобы применить все изменения.</translation>
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
        <location filename="../gui/verification/station.py" line="134" />
        <source>There is no candidate {0}.</source>
        <translation>Кандидата {0} нет.</translation>
    </message>
    <message>
        <location filename="../gui/verification/station.py" line="282" />
        <source>Need attention: {0}</source>
        <translation>Требуют проверки: {0}</translation>
    </message>
    <message>
        <location filename="../gui/verification/station.py" line="335" />
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
        <location filename="../gui/verification/station_fixes.py" line="50" />
        <source>Pages {0}–{1} of {2} become a new letter with its own registration number. Split?</source>
        <translation>Страницы {0}–{1} письма {2} станут новым письмом со своим регистрационным номером. Разделить?</translation>
    </message>
    <message>
        <location filename="../gui/verification/station_fixes.py" line="54" />
        <source>Split the letter</source>
        <translation>Разделение письма</translation>
    </message>
    <message>
        <location filename="../gui/verification/station_fixes.py" line="60" />
        <source>Pages {0}–{1} became the letter {2}.</source>
        <translation>Страницы {0}–{1} стали письмом {2}.</translation>
    </message>
    <message>
        <location filename="../gui/verification/station_fixes.py" line="78" />
        <source>There is no letter to merge with.</source>
        <translation>Нет письма для объединения.</translation>
    </message>
    <message>
        <location filename="../gui/verification/station_fixes.py" line="81" />
        <source>The pages of {0} are appended to {1}; {0} stays in the register as merged, its number is kept. Merge?</source>
        <translation>Страницы письма {0} будут добавлены к письму {1}; {0} останется в реестре как присоединённое, его номер сохранится. Объединить?</translation>
    </message>
    <message>
        <location filename="../gui/verification/station_fixes.py" line="86" />
        <source>Merge letters</source>
        <translation>Объединение писем</translation>
    </message>
    <message>
        <location filename="../gui/verification/station_fixes.py" line="117" />
        <source>Remove page {0} from {1}? Its image stays in the archive store and the removal is recorded in the history.</source>
        <translation>Удалить страницу {0} из письма {1}? Изображение останется в хранилище, а удаление будет записано в историю.</translation>
    </message>
    <message>
        <location filename="../gui/verification/station_fixes.py" line="122" />
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
        <location filename="../cli.py" line="105" />
        <source>Mailroom: incoming and outgoing correspondence.</source>
        <translation>Mailroom: входящая и исходящая корреспонденция.</translation>
    </message>
    <message>
        <location filename="../cli.py" line="110" />
        <source>database URL (default: embedded SQLite; or MAILROOM_DB)</source>
        <translation>адрес базы данных (по умолчанию встроенная SQLite; или MAILROOM_DB)</translation>
    </message>
    <message>
        <location filename="../cli.py" line="115" />
        <source>file store folder (default: user data folder; or MAILROOM_STORE)</source>
        <translation>папка хранилища файлов (по умолчанию папка данных пользователя; или MAILROOM_STORE)</translation>
    </message>
    <message>
        <location filename="../cli.py" line="120" />
        <source>interface language (default: from the locale)</source>
        <translation>язык интерфейса (по умолчанию по настройкам системы)</translation>
    </message>
    <message>
        <location filename="../cli.py" line="123" />
        <source>act as this user (or MAILROOM_USER)</source>
        <translation>действовать от имени этого пользователя (или MAILROOM_USER)</translation>
    </message>
    <message>
        <location filename="../cli.py" line="171" />
        <source>Interrupted.</source>
        <translation>Прервано.</translation>
    </message>
    <message>
        <location filename="../cli.py" line="178" />
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
        <location filename="../cli_deadlines.py" line="68" />
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
        <location filename="../cli_search.py" line="132" />
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
        <location filename="../cli_import.py" line="148" />
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
    <message>
        <location filename="../cli_archive.py" line="15" />
        <source>cases, retention, destruction</source>
        <translation>дела, сроки хранения, уничтожение</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="18" />
        <source>list the nomenclature of cases</source>
        <translation>показать номенклатуру дел</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="21" />
        <source>file closed letters into a case</source>
        <translation>подшить закрытые письма в дело</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="23" />
        <source>nomenclature index</source>
        <translation>индекс по номенклатуре</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="24" />
        <source>year of the case</source>
        <translation>год дела</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="27" />
        <source>letters due for destruction</source>
        <translation>письма, подлежащие уничтожению</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="31" />
        <source>destruction acts</source>
        <translation>акты об уничтожении</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="33" />
        <source>draft an act of what is due</source>
        <translation>составить проект акта по подлежащим уничтожению</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="36" />
        <source>list the acts</source>
        <translation>показать акты</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="39" />
        <source>cancel a draft act</source>
        <translation>отменить проект акта</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="43" />
        <source>confirm an act: destroy scans and personal data</source>
        <translation>утвердить акт: уничтожить скан-образы и персональные данные</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="48" />
        <source>save a confirmed act as PDF</source>
        <translation>сохранить утверждённый акт в PDF</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="54" />
        <source>finish deleting the files of confirmed acts</source>
        <translation>завершить удаление файлов по утверждённым актам</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="60" />
        <source>Only an archivist or administrator may do this.</source>
        <translation>Это может сделать только архивариус или администратор.</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="61" />
        <source>No such heading in the nomenclature: {0}</source>
        <translation>В номенклатуре нет такого дела: {0}</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="62" />
        <source>No letter with the number {0}.</source>
        <translation>Нет письма с номером {0}.</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="63" />
        <source>Letter {0} is not closed yet and cannot be filed.</source>
        <translation>Письмо {0} ещё не закрыто, подшить его в дело нельзя.</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="64" />
        <source>Letter {0} was destroyed by an act.</source>
        <translation>Письмо {0} уничтожено по акту.</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="65" />
        <source>Nothing is due for destruction on {0}.</source>
        <translation>На {0} нет документов, подлежащих уничтожению.</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="66" />
        <source>No act with the number {0}.</source>
        <translation>Нет акта с номером {0}.</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="67" />
        <source>Act {0} is not a draft any more.</source>
        <translation>Акт {0} уже не является проектом.</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="101" />
        <source>{0}: case {1} of {2}, kept permanently</source>
        <translation>{0}: дело {1} за {2} год, хранится постоянно</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="103" />
        <source>{0}: case {1} of {2}, may be destroyed from {3}</source>
        <translation>{0}: дело {1} за {2} год, может быть уничтожено с {3}</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="127" />
        <source>Due for destruction on {0}: {1} letters.</source>
        <translation>Подлежат уничтожению на {0}: писем — {1}.</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="142" />
        <source>Draft act {0}: {1} letters, {2} pages. Nothing is destroyed yet.</source>
        <translation>Проект акта {0}: писем — {1}, листов — {2}. Пока ничего не уничтожено.</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="168" />
        <source>Act {0} cancelled.</source>
        <translation>Акт {0} отменён.</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="186" />
        <source>Act {0} confirmed: {1} letters destroyed, {2} files deleted.</source>
        <translation>Акт {0} утверждён: уничтожено писем — {1}, удалено файлов — {2}.</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="208" />
        <source>Act {0} has no PDF: it is not confirmed.</source>
        <translation>У акта {0} нет PDF: он не утверждён.</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="211" />
        <source>Act {0} saved to {1}.</source>
        <translation>Акт {0} сохранён в {1}.</translation>
    </message>
    <message>
        <location filename="../cli_archive.py" line="224" />
        <source>{0} files deleted from the store.</source>
        <translation>Удалено файлов из хранилища: {0}.</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="15" />
        <source>due dates of letters</source>
        <translation>сроки исполнения писем</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="18" />
        <source>recompute due dates from the rules and calendar</source>
        <translation>пересчитать сроки по правилам и производственному календарю</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="22" />
        <source>every letter whose clock still runs</source>
        <translation>все письма, срок по которым ещё идёт</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="26" />
        <source>the production calendar</source>
        <translation>производственный календарь</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="28" />
        <source>days off and working weekends</source>
        <translation>нерабочие дни и рабочие выходные</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="32" />
        <source>reports</source>
        <translation>отчёты</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="35" />
        <source>execution-discipline report (PDF or XLSX)</source>
        <translation>отчёт об исполнительской дисциплине (PDF или XLSX)</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="42" />
        <source>telephone appeals</source>
        <translation>обращения по телефону</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="44" />
        <source>register a call</source>
        <translation>зарегистрировать звонок</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="55" />
        <source>the callback promised to the caller (local time)</source>
        <translation>обещанный обратный звонок (местное время)</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="58" />
        <source>answered on the spot</source>
        <translation>ответ дан сразу во время звонка</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="77" />
        <source>not a date and time in the form YYYY-MM-DDTHH:MM: {0}</source>
        <translation>не дата и время в формате ГГГГ-ММ-ДДTЧЧ:ММ: {0}</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="85" />
        <source>Name the letters to recompute, or use --all.</source>
        <translation>Укажите письма для пересчёта или используйте --all.</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="92" />
        <source>No letter with id {0}.</source>
        <translation>Нет письма с идентификатором {0}.</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="94" />
        <source>Due dates changed for {0} letter(s).</source>
        <translation>Сроки изменились у писем: {0}.</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="107" />
        <source>{0}: {1} working days, {2} days off.</source>
        <translation>{0} год: рабочих дней — {1}, нерабочих — {2}.</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="115" />
        <source>working</source>
        <translation>рабочий</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="115" />
        <source>day off</source>
        <translation>нерабочий</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="116" />
        <source> (override)</source>
        <translation> (исправлено администратором)</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="127" />
        <source>The report file must end in .pdf or .xlsx: {0}</source>
        <translation>Файл отчёта должен иметь расширение .pdf или .xlsx: {0}</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="133" />
        <source>--from is after --to.</source>
        <translation>Дата --from позже даты --to.</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="141" />
        <source>No Cyrillic font for the PDF: install fonts-dejavu-core ({0}).</source>
        <translation>Нет шрифта с кириллицей для PDF: установите пакет fonts-dejavu-core ({0}).</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="147" />
        <source>Cannot write {0}: {1}</source>
        <translation>Не удалось записать {0}: {1}</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="149" />
        <source>Report written to {0}.</source>
        <translation>Отчёт сохранён: {0}.</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="166" />
        <source>The caller's name is required.</source>
        <translation>Укажите ФИО звонившего.</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="167" />
        <source>The summary is required.</source>
        <translation>Укажите краткое содержание обращения.</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="168" />
        <source>No consumer with account {0}.</source>
        <translation>Нет потребителя с лицевым счётом {0}.</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="169" />
        <source>The callback time has already passed.</source>
        <translation>Время обратного звонка уже прошло.</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="177" />
        <source>Registered {0}.</source>
        <translation>Зарегистрировано: {0}.</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="179" />
        <source>Linked to account {0}.</source>
        <translation>Привязано к лицевому счёту {0}.</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="181" />
        <source>Possible accounts: {0}.</source>
        <translation>Возможные лицевые счета: {0}.</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="183" />
        <source>Answer due by {0}.</source>
        <translation>Срок ответа: {0}.</translation>
    </message>
    <message>
        <location filename="../cli_deadlines.py" line="185" />
        <source>Callback task {0} created.</source>
        <translation>Создана задача обратного звонка № {0}.</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="16" />
        <source>render a reply to a registered letter (PDF or DOCX)</source>
        <translation>подготовить ответ на зарегистрированное обращение (PDF или DOCX)</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="24" />
        <source>register the reply as outgoing and sent (stops the clock)</source>
        <translation>зарегистрировать ответ как исходящий и отправленный (снимает с контроля)</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="32" />
        <source>a value the template asks for (repeat for several)</source>
        <translation>значение, которое требует шаблон (можно указать несколько раз)</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="37" />
        <source>the addressee line in the dative case, e.g. «Иванову П. С.»</source>
        <translation>строка адресата в дательном падеже, например «Иванову П. С.»</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="42" />
        <source>how it is sent: simple, registered, registered_notice, email or hand</source>
        <translation>способ отправки: simple (простое), registered (заказное), registered_notice (заказное с уведомлением), email или hand (лично)</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="49" />
        <source>reply templates</source>
        <translation>шаблоны ответов</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="51" />
        <source>show the codes and titles</source>
        <translation>показать коды и названия</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="55" />
        <source>print envelopes for a day's outgoing letters</source>
        <translation>напечатать конверты для исходящих писем за день</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="63" />
        <source>write the Form 103 mail list of a day's registered letters</source>
        <translation>сформировать список ф. 103 заказных писем за день</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="75" />
        <source>Expected NAME=VALUE, got: {0}</source>
        <translation>Ожидалось ИМЯ=ЗНАЧЕНИЕ, получено: {0}</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="84" />
        <source>The output file must end in {0}: {1}</source>
        <translation>Файл результата должен иметь расширение {0}: {1}</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="103" />
        <source>The template needs values that are missing: {0}. Give them with --set NAME=VALUE.</source>
        <translation>Для шаблона не хватает значений: {0}. Укажите их параметром --set ИМЯ=ЗНАЧЕНИЕ.</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="107" />
        <source>Template error: {0}</source>
        <translation>Ошибка в шаблоне: {0}</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="108" />
        <source>The template uses something that is not allowed: {0}</source>
        <translation>Шаблон использует недопустимые конструкции: {0}</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="109" />
        <source>The template uses unknown placeholders: {0}</source>
        <translation>Шаблон использует неизвестные поля: {0}</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="110" />
        <source>Values that cannot be read: {0}</source>
        <translation>Не удалось распознать значения: {0}</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="111" />
        <source>The template cannot be rendered: {0}</source>
        <translation>Не удалось сформировать письмо по шаблону: {0}</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="112" />
        <source>No such template: {0}. See: mailroom templates list</source>
        <translation>Шаблон не найден: {0}. Список шаблонов: mailroom templates list</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="113" />
        <source>The template is invalid: {0}</source>
        <translation>Шаблон составлен неверно: {0}</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="117" />
        <source>(line {0})</source>
        <translation>(строка {0})</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="130" />
        <location filename="../cli_replies.py" line="179" />
        <source>No letter with number {0}.</source>
        <translation>Обращение с номером {0} не найдено.</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="176" />
        <source>The letters {0} are from different consumers: a reply answers one.</source>
        <translation>Обращения {0} поступили от разных потребителей: один ответ даётся одному потребителю.</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="183" />
        <source>No Cyrillic font to embed: {0}</source>
        <translation>Нет шрифта с кириллицей для встраивания: {0}</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="186" />
        <source>Unknown mail type: {0}</source>
        <translation>Неизвестный способ отправки: {0}</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="187" />
        <source>Your role may not register replies: {0}</source>
        <translation>Ваша роль не позволяет регистрировать ответы: {0}</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="193" />
        <source>The letter's status does not allow this: {0}</source>
        <translation>Статус обращения не позволяет это сделать: {0}</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="197" />
        <source>Addressee: {0}</source>
        <translation>Адресат: {0}</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="200" />
        <source>Check the case of the addressee's name; correct it with --addressee.</source>
        <translation>Проверьте падеж в строке адресата; при необходимости исправьте её параметром --addressee.</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="204" />
        <source>Registered as outgoing {0} of {1}.</source>
        <translation>Зарегистрировано как исходящее № {0} от {1}.</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="208" />
        <source>Written: {0}</source>
        <translation>Записано: {0}</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="235" />
        <source>No letters went out by post on {0}.</source>
        <translation>{0} писем почтой не отправлялось.</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="238" />
        <source>Envelopes: {0}; written: {1}</source>
        <translation>Конвертов: {0}; записано: {1}</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="252" />
        <source>No registered letters went out on {0}.</source>
        <translation>{0} заказных писем не отправлялось.</translation>
    </message>
    <message>
        <location filename="../cli_replies.py" line="259" />
        <source>Mail lists: {0}; letters: {1}; written: {2}</source>
        <translation>Списков: {0}; писем: {1}; записано: {2}</translation>
    </message>
    <message>
        <location filename="../cli_search.py" line="17" />
        <source>full-text search of letters</source>
        <translation>полнотекстовый поиск писем</translation>
    </message>
    <message>
        <location filename="../cli_search.py" line="34" />
        <source>look for words with OCR errors (default: when little is found)</source>
        <translation>искать слова с ошибками распознавания (по умолчанию — когда найдено мало)</translation>
    </message>
    <message>
        <location filename="../cli_search.py" line="42" />
        <source>print one JSON array of hits (same as --format json)</source>
        <translation>вывести найденное одним массивом JSON (то же, что --format json)</translation>
    </message>
    <message>
        <location filename="../cli_search.py" line="46" />
        <source>rebuild the search index</source>
        <translation>перестроить поисковый индекс</translation>
    </message>
    <message>
        <location filename="../cli_search.py" line="50" />
        <source>only letters changed since they were indexed</source>
        <translation>только письма, изменённые после индексации</translation>
    </message>
    <message>
        <location filename="../cli_search.py" line="55" />
        <source>registration journal for a period (PDF or XLSX)</source>
        <translation>журнал регистрации за период (PDF или XLSX)</translation>
    </message>
    <message>
        <location filename="../cli_search.py" line="102" />
        <source>--limit must be at least 1 and --offset at least 0.</source>
        <translation>--limit должен быть не меньше 1, а --offset — не меньше 0.</translation>
    </message>
    <message>
        <location filename="../cli_search.py" line="122" />
        <source>similar words</source>
        <translation>похожие слова</translation>
    </message>
    <message>
        <location filename="../cli_search.py" line="128" />
        <source>The query could not be used as written; it was simplified.</source>
        <translation>Запрос в таком виде выполнить не удалось; он упрощён.</translation>
    </message>
    <message>
        <location filename="../cli_search.py" line="130" />
        <source>Few exact matches: letters with similar words are shown too.</source>
        <translation>Точных совпадений мало: показаны также письма с похожими словами.</translation>
    </message>
    <message>
        <location filename="../cli_search.py" line="147" />
        <source>Indexed {0} of {1} letters</source>
        <translation>Проиндексировано писем: {0} из {1}</translation>
    </message>
    <message>
        <location filename="../cli_search.py" line="161" />
        <source>Indexed {0} letters; the index takes {1:.1f} MB.</source>
        <translation>Проиндексировано писем: {0}; индекс занимает {1:.1f} МБ.</translation>
    </message>
    <message>
        <location filename="../cli_search.py" line="175" />
        <source>The output file must end in .pdf or .xlsx.</source>
        <translation>Имя выходного файла должно оканчиваться на .pdf или .xlsx.</translation>
    </message>
    <message>
        <location filename="../cli_search.py" line="180" />
        <source>The period ends before it starts.</source>
        <translation>Конец периода раньше его начала.</translation>
    </message>
    <message>
        <location filename="../cli_search.py" line="194" />
        <source>No Cyrillic font found for the PDF; looked for: {0}</source>
        <translation>Не найден шрифт с кириллицей для PDF; искали: {0}</translation>
    </message>
    <message>
        <location filename="../cli_search.py" line="197" />
        <source>Journal: {0} letters written to {1}.</source>
        <translation>Журнал: записей — {0}, сохранён в {1}.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../gui/widgets.py" line="154" />
        <source>A file or folder cannot be used: {0}</source>
        <translation>Не удаётся использовать файл или папку: {0}</translation>
    </message>
    <message>
        <location filename="../gui/widgets.py" line="157" />
        <source>Tesseract OCR is not ready: {0}</source>
        <translation>Tesseract OCR не готов к работе: {0}</translation>
    </message>
    <message>
        <location filename="../gui/widgets.py" line="159" />
        <source>The database cannot be reached: {0}</source>
        <translation>Нет связи с базой данных: {0}</translation>
    </message>
    <message>
        <location filename="../gui/widgets.py" line="170" />
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
    <name>startup</name>
    <message>
        <location filename="../gui/startup.py" line="61" />
        <source>Cannot open the database:
{0}</source>
        <translation>Не удаётся открыть базу данных:
{0}</translation>
    </message>
</context>
</TS>