// The German translation: the .ts is complete and keeps every placeholder, accelerator and date format of its
// sources; the built .qm really turns the counter, end-of-day, orders, editor and overview windows and their
// dialogs German (no English left, no menu letter used twice, nothing cut), split tender and standing-place
// exchanges included, the Z-report keeps its columns, tickets and receipts read German; the parterre
// executable switches language by --lang and by LANG.
// Leaves counter-de.png, counter-split-tender-de.png, counter-split-complete-de.png, end-of-day-de*.png,
// orders-de.png, exchange-de.png, exchange-standing-de.png, exchange-cash-de.png, editor-de.png,
// overview-de.png, tickets-de.pdf and receipt-de.pdf for people to look at.

#include "boxoffice/counterwindow.h"
#include "boxoffice/moneytext.h"
#include "boxoffice/paymentpanel.h"
#include "boxoffice/showpicker.h"
#include "boxoffice/tendersummary.h"
#include "editor/editorwindow.h"
#include "endofday/denominationdialog.h"
#include "endofday/drawerpanel.h"
#include "endofday/endofdaywindow.h"
#include "houseseats/houseseatswindow.h"
#include "inventory/inventoryservice.h"
#include "mainwindow/mainwindow.h"
#include "orders/exchangedialog.h"
#include "orders/orderoperations.h"
#include "orders/orderswindow.h"
#include "orders/refunddialog.h"
#include "payment/simulatedcardterminal.h"
#include "seatmap/demoseeder.h"
#include "seatmap/seatmapview.h"
#include "settings/connectiondialog.h"
#include "settings/hosting.h"
#include "settings/hostingdialog.h"
#include "settings/uilanguage.h"
#include "staff/staffservice.h"
#include "ticketpdf.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QXmlStreamReader>

#include "testsupport.h"
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Parterre;
using namespace Parterre::Test;
using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QString extraComment;
    bool numerus = false;
    QString translationType; // "unfinished", "vanished", "obsolete" or empty
    QStringList forms;       // one translation, or the numerus forms
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            current = Message{context, {}, {}, xml.attributes().value("numerus"_L1) == "yes"_L1, {}, {}};
        } else if (name == "source"_L1) {
            current.source = xml.readElementText();
        } else if (name == "extracomment"_L1) {
            current.extraComment = xml.readElementText();
        } else if (name == "translation"_L1) {
            current.translationType = xml.attributes().value("type"_L1).toString();
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.forms.append(xml.readElementText());
            } else {
                current.forms.append(xml.readElementText());
            }
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

// %1 … %99, %L1, %n and %Ln, sorted: what QString::arg and tr() fill in.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?(?:\\d{1,2}|n)"_s);
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    return found;
}

// The letters marked with a single & (a && is a literal ampersand).
QString accelerators(const QString &text)
{
    QString letters;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        letters.append(text.at(i + 1).toLower());
    }
    return letters;
}

// Every text a person can read on a window and its children: labels, buttons, group titles, tabs, table
// headers, placeholders, tool tips, window titles and the actions of its menus.
QStringList visibleTexts(QWidget *root)
{
    QStringList texts{root->windowTitle()};
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : widgets) {
        texts << w->toolTip();
        if (auto *label = qobject_cast<QLabel *>(w))
            texts << label->text();
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            texts << button->text();
        if (auto *group = qobject_cast<QGroupBox *>(w))
            texts << group->title();
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            texts << edit->placeholderText();
        if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
        }
        if (auto *header = qobject_cast<QHeaderView *>(w); header && header->model()) {
            for (int i = 0; i < header->count(); ++i)
                texts << header->model()->headerData(i, header->orientation()).toString();
        }
        if (auto *menu = qobject_cast<QMenu *>(w))
            texts << menu->title();
    }
    for (QAction *action : root->findChildren<QAction *>())
        texts << action->text() << action->toolTip();
    texts.removeAll(QString());
    return texts;
}

// Buttons, combo boxes and one-line labels shown narrower than their text needs: cut or elided words.
QStringList squeezed(QWidget *root)
{
    QStringList cut;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible())
            continue;
        QString text;
        if (const auto *label = qobject_cast<QLabel *>(w)) {
            if (label->wordWrap() || !label->pixmap().isNull())
                continue;
            text = label->text();
        } else if (const auto *button = qobject_cast<QAbstractButton *>(w)) {
            text = button->text();
        } else if (const auto *combo = qobject_cast<QComboBox *>(w)) {
            text = combo->currentText();
        } else {
            continue;
        }
        if (!text.isEmpty() && w->width() < w->sizeHint().width())
            cut << u"%1 \"%2\": %3 < %4 pixels"_s.arg(QString::fromLatin1(w->metaObject()->className()), text)
                       .arg(w->width())
                       .arg(w->sizeHint().width());
    }
    return cut;
}

// Cells of a tree narrower than their text needs: the text is elided. (QTreeView makes sizeHintForColumn
// protected; QAbstractItemView's is public and dispatches to it.)
QStringList cutCells(const QTreeWidget *tree)
{
    const QAbstractItemView *view = tree;
    QStringList cut;
    for (int column = 0; column < tree->columnCount(); ++column) {
        if (!tree->isColumnHidden(column) && view->sizeHintForColumn(column) > tree->columnWidth(column))
            cut << u"column %1: %2 < %3 pixels"_s.arg(column)
                       .arg(tree->columnWidth(column))
                       .arg(view->sizeHintForColumn(column));
    }
    return cut;
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void tsFileIsComplete();
    void translationsKeepPlaceholdersAndAccelerators();
    void dateFormatsStayFormats();
    void languageIsChosenByCodeAndRemembered();
    void executableSwitchesByLangAndByEnvironment();
    void counterWindowSpeaksGerman();
    void splitTenderAtTheCounterSpeaksGerman();
    void moneyGivenBackIsSaidInGerman();
    void endOfDayWindowAndZReportSpeakGerman();
    void otherWindowsAndDialogsSpeakGerman();
    void houseSeatsWindowSpeaksGerman();

private:
    // The English sources whose German differs, as patterns that match them with their placeholders filled.
    QStringList englishLeftOn(QWidget *root) const;
    // Menus (and the menu bar) of a window where two entries share an accelerator letter.
    static QStringList clashingAccelerators(QWidget *window);
    // English left, accelerator clashes and cut texts on a shown window or dialog, each prefixed by its
    // title.
    QStringList problemsOf(QWidget *window) const;

    QList<Message> m_messages;
    QList<QRegularExpression> m_english;
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the remembered language goes to a test settings file
    QSettings().clear();
    QString error;
    m_messages = readTs(QStringLiteral(PARTERRE_TS_FILE), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_messages.size() > 500);

    for (const Message &m : std::as_const(m_messages)) {
        if (m.forms.contains(m.source)) // the same in German: "Status", "%1 · %2", "Ctrl+L"
            continue;
        // The English between the placeholders, each part escaped; a placeholder matches anything.
        static const QRegularExpression placeholder(u"%L?(?:\\d{1,2}|n)"_s);
        QStringList parts;
        qsizetype englishLetters = 0;
        for (const QString &part : m.source.split(placeholder)) {
            parts << QRegularExpression::escape(part);
            englishLetters += part.trimmed().size();
        }
        if (englishLetters < 3) // "%1 ×", "%1: %2": nothing English in them
            continue;
        m_english.append(QRegularExpression(u"^"_s + parts.join(u".*"_s) + u"$"_s,
                                            QRegularExpression::DotMatchesEverythingOption));
    }

    // The English detector finds English when there is some: a filled-in sentence and a button's text.
    QWidget probe;
    new QLabel(u"Seats held for 4:59"_s, &probe);
    new QPushButton(u"&Best available (B)"_s, &probe);
    const QStringList found = englishLeftOn(&probe);
    QVERIFY2(found == QStringList({u"Seats held for 4:59"_s, u"&Best available (B)"_s}),
             qPrintable(found.join(u" | "_s)));

    const auto german = UiLanguage::choose(u"de"_s, false);
    QVERIFY(german.has_value());
    QCOMPARE(german->language(), QLocale::German);
    QCOMPARE(QLocale().language(), QLocale::German); // the default locale follows: money and dates
    QVERIFY(UiLanguage::install(*qApp, *german, QStringLiteral(PARTERRE_QM_DIR)));
}

void TestTranslations::cleanupTestCase()
{
    QSettings().clear();
}

void TestTranslations::tsFileIsComplete()
{
    QStringList problems;
    for (const Message &m : std::as_const(m_messages)) {
        const QString where = m.context + u": "_s + m.source;
        if (!m.translationType.isEmpty())
            problems << m.translationType + u" — "_s + where;
        if (m.numerus && m.forms.size() != 2) // German: singular and plural
            problems << u"%1 numerus forms — "_s.arg(m.forms.size()) + where;
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty() && !m.source.trimmed().isEmpty())
                problems << u"empty — "_s + where;
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::translationsKeepPlaceholdersAndAccelerators()
{
    QStringList problems;
    for (const Message &m : std::as_const(m_messages)) {
        for (const QString &form : m.forms) {
            if (placeholders(form) != placeholders(m.source))
                problems << u"placeholders %1 → %2 in %3: %4"_s.arg(
                    placeholders(m.source).join(u' '), placeholders(form).join(u' '), m.context, form);
            if (accelerators(form).size() != accelerators(m.source).size())
                problems << u"accelerator lost or added in %1: %2 → %3"_s.arg(m.context, m.source, form);
            if (m.source.endsWith(u'\n') != form.endsWith(u'\n'))
                problems << u"line end lost in %1: %2"_s.arg(m.context, form);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::dateFormatsStayFormats()
{
    // A translated QDateTime format may only hold format letters, quoted text and punctuation; and it must
    // give German names on a German locale.
    static const QRegularExpression format(u"^(?:d{1,4}|M{1,4}|yy(?:yy)?|H{1,2}|h{1,2}|m{1,2}|s{1,2}|AP|ap|t|"
                                           u"'[^']*'|[ .,:/–-])+$"_s);
    const QDateTime saturday(QDate(2026, 3, 7), QTime(19, 30));
    int formats = 0;
    for (const Message &m : std::as_const(m_messages)) {
        if (!m.extraComment.contains(u"QDateTime format"_s))
            continue;
        ++formats;
        const QString german = m.forms.value(0);
        QVERIFY2(format.match(german).hasMatch(), qPrintable(german));
        const QString shown = QLocale(QLocale::German).toString(saturday, german);
        QVERIFY2(shown.contains(u"7. März"_s) || shown.contains(u"07.03."_s), qPrintable(shown));
        if (m.source.startsWith(u"ddd"_s))
            QVERIFY2(shown.startsWith(u"Sa"_s), qPrintable(shown)); // "Sa." or "Samstag"
        if (m.source.contains(u"HH:mm"_s))
            QVERIFY2(shown.contains(u"19:30"_s), qPrintable(shown));
    }
    QVERIFY(formats >= 5); // the show list's, the overview's, the receipt's and the ticket's two, at least
}

void TestTranslations::languageIsChosenByCodeAndRemembered()
{
    const QLocale before = QLocale();
    const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
    QSettings().remove(QLatin1String(UiLanguage::SettingsKey));
    QVERIFY(!UiLanguage::choose(u"xx"_s, true).has_value());                // an unknown code is refused …
    QVERIFY(!QSettings().contains(QLatin1String(UiLanguage::SettingsKey))); // … and nothing is kept
    QCOMPARE(UiLanguage::choose(u"de_AT"_s, true)->language(), QLocale::German);
    QCOMPARE(QSettings().value(QLatin1String(UiLanguage::SettingsKey)).toString(), u"de_AT"_s);
    QCOMPARE(UiLanguage::choose(QString(), true)->territory(), QLocale::Austria); // remembered
    QCOMPARE(UiLanguage::choose(u"en"_s, false)->language(), QLocale::English);
    QCOMPARE(QSettings().value(QLatin1String(UiLanguage::SettingsKey)).toString(), u"de_AT"_s); // kept
    QCOMPARE(*UiLanguage::choose(u"system"_s, true), QLocale::system());
    QVERIFY(!QSettings().contains(QLatin1String(UiLanguage::SettingsKey))); // forgotten

    char program[] = "parterre";
    char lang[] = "--lang";
    char de[] = "de";
    char fr[] = "--lang=fr";
    char db[] = "--db";
    char file[] = "x.sqlite";
    char *separate[] = {program, db, file, lang, de};
    char *joined[] = {program, fr};
    char *none[] = {program, db, file};
    QCOMPARE(UiLanguage::fromArguments(5, separate), u"de"_s);
    QCOMPARE(UiLanguage::fromArguments(2, joined), u"fr"_s);
    QCOMPARE(UiLanguage::fromArguments(3, none), QString());
}

void TestTranslations::executableSwitchesByLangAndByEnvironment()
{
    const auto help = [](const QStringList &args, const QString &lang) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {u"LANGUAGE"_s, u"LC_ALL"_s, u"LC_MESSAGES"_s})
            env.remove(name);
        env.insert(u"LANG"_s, lang);
        QTemporaryDir home; // --help must not need, nor write, any settings
        env.insert(u"XDG_CONFIG_HOME"_s, home.path());
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(PARTERRE_GUI_PATH), args);
        process.waitForFinished(60'000);
        return QString::fromLocal8Bit(process.readAllStandardOutput() + process.readAllStandardError());
    };
    const QString german = u"Theaterkasse und Saalpläne"_s;
    const QString english = u"Parterre box office and seat maps."_s;
    QVERIFY(help({u"--help"_s}, u"C.UTF-8"_s).contains(english));
    QVERIFY(help({u"--help"_s, u"--lang"_s, u"de"_s}, u"C.UTF-8"_s).contains(german));
    QVERIFY(help({u"--lang=de"_s, u"--help"_s}, u"en_GB.UTF-8"_s).contains(german));
    QVERIFY(help({u"--help"_s}, u"de_DE.UTF-8"_s).contains(german));
    QVERIFY(help({u"--help"_s, u"--lang"_s, u"en"_s}, u"de_DE.UTF-8"_s).contains(english));
    QVERIFY(help({u"--help"_s, u"--lang"_s, u"xx"_s}, u"C.UTF-8"_s).contains(u"Unknown language \"xx\""_s));
}

QStringList TestTranslations::englishLeftOn(QWidget *root) const
{
    QStringList left;
    for (const QString &text : visibleTexts(root)) {
        for (const QRegularExpression &english : m_english) {
            if (english.match(text).hasMatch()) {
                left << text;
                break;
            }
        }
    }
    left.removeDuplicates();
    return left;
}

QStringList TestTranslations::clashingAccelerators(QWidget *window)
{
    QStringList clashes;
    const auto check = [&clashes](const QString &where, const QList<QAction *> &actions) {
        QHash<QChar, QString> seen;
        for (QAction *action : actions) {
            if (action->isSeparator())
                continue;
            for (const QChar letter : accelerators(action->text())) {
                if (seen.contains(letter))
                    clashes << u"%1: %2 and %3"_s.arg(where, seen.value(letter), action->text());
                seen.insert(letter, action->text());
            }
        }
    };
    for (QMenuBar *bar : window->findChildren<QMenuBar *>())
        check(u"menu bar"_s, bar->actions());
    for (QMenu *menu : window->findChildren<QMenu *>())
        check(menu->title(), menu->actions());
    return clashes;
}

void TestTranslations::counterWindowSpeaksGerman()
{
    TestDatabase database;
    QVERIFY(database.isValid());
    {
        auto store = database.location().open();
        QVERIFY(store);
        const CallContext ctx{u"demo-seed"_s, u"demo"_s, u"test"_s, QDateTime::currentMSecsSinceEpoch()};
        QVERIFY(DemoSeeder::seed(**store, ctx, QDate::currentDate()));
    }
    CounterWindow window(database.location());
    window.resize(1280, 800);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.start();
    auto *view = window.findChild<SeatMapView *>(u"seatView"_s);
    QTRY_VERIFY_WITH_TIMEOUT(window.currentShowId() > 0 && view->seatsWithState() > 0, 10'000);

    QCOMPARE(window.windowTitle(), u"Parterre — Kasse"_s);
    QCOMPARE(window.width(), 1280); // the longer German labels still fit a 1280-pixel screen
    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus << action->text();
    QCOMPARE(menus, QStringList({u"&Datei"_s, u"&Verkauf"_s, u"&Tagesabschluss"_s}));
    QStringList buttons;
    for (QPushButton *button : window.findChildren<QPushButton *>())
        buttons << button->text();
    QVERIFY2(buttons.contains(u"Beste &Plätze (B)"_s), qPrintable(buttons.join(u" | "_s)));
    QVERIFY2(buttons.contains(u"Verkauf abs&chließen (F12)"_s), qPrintable(buttons.join(u" | "_s)));
    // The show list's dates are German: "Sa. 07.03., 19:30".
    auto *shows = window.findChild<ShowPicker *>()->findChild<QTreeWidget *>();
    QVERIFY(shows && shows->topLevelItemCount() > 0);
    const QString when = shows->topLevelItem(0)->text(0);
    QVERIFY2(QRegularExpression(u"^(Mo|Di|Mi|Do|Fr|Sa|So)\\. \\d\\d\\.\\d\\d\\., \\d\\d:\\d\\d$"_s)
                 .match(when)
                 .hasMatch(),
             qPrintable(when));

    // Hold two seats and type a tendered amount: the cart, the countdown and the change are German too.
    QTest::keyClick(&window, Qt::Key_2);
    QTest::keyClick(&window, Qt::Key_B);
    QTRY_VERIFY_WITH_TIMEOUT(window.cart().size() > 0 && !window.isBusy(), 10'000);
    QTest::keyClick(&window, Qt::Key_F2);
    QTest::keyClicks(QApplication::focusWidget(), u"400"_s);
    QTest::qWait(300); // a countdown tick
    const QStringList texts = visibleTexts(&window);
    QVERIFY2(texts.filter(u"Rückgeld"_s).size() > 0, qPrintable(texts.join(u" | "_s)));
    QVERIFY2(texts.filter(u"reserviert"_s).size() > 0, qPrintable(texts.join(u" | "_s)));

    QVERIFY2(englishLeftOn(&window).isEmpty(), qPrintable(englishLeftOn(&window).join(u'\n')));
    QVERIFY2(squeezed(&window).isEmpty(), qPrintable(squeezed(&window).join(u'\n')));
    QVERIFY2(clashingAccelerators(&window).isEmpty(), qPrintable(clashingAccelerators(&window).join(u'\n')));

    const QString screenshot = QStringLiteral(PARTERRE_SCREENSHOT_DIR "/counter-de.png");
    QVERIFY(window.grab().save(screenshot));
    qInfo().noquote() << "screenshot:" << screenshot;

    // Confirmed with Enter in the tendered field: the sale-complete page speaks German too.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(window.phase(), CounterWindow::Phase::Complete, 10'000);
    const QStringList done = visibleTexts(&window);
    QVERIFY2(done.filter(u"Verkauf abgeschlossen — Bestellung"_s).size() == 1,
             qPrintable(done.join(u" | "_s)));
    QVERIFY2(done.filter(u"Rückgeld: 270,00 EUR"_s).size() == 1, qPrintable(done.join(u" | "_s)));
    QVERIFY2(englishLeftOn(&window).isEmpty(), qPrintable(englishLeftOn(&window).join(u'\n')));
    QVERIFY2(squeezed(&window).isEmpty(), qPrintable(squeezed(&window).join(u'\n')));
    QVERIFY(window.grab().save(QStringLiteral(PARTERRE_SCREENSHOT_DIR "/counter-complete-de.png")));
}

void TestTranslations::splitTenderAtTheCounterSpeaksGerman()
{
    TestDatabase database;
    QVERIFY(database.isValid());
    {
        auto store = database.location().open();
        QVERIFY(store);
        const CallContext ctx{u"demo-seed"_s, u"demo"_s, u"test"_s, QDateTime::currentMSecsSinceEpoch()};
        QVERIFY(DemoSeeder::seed(**store, ctx, QDate::currentDate()));
    }
    CounterWindow window(database.location());
    window.resize(1280, 800);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.start();
    auto *view = window.findChild<SeatMapView *>(u"seatView"_s);
    QTRY_VERIFY_WITH_TIMEOUT(window.currentShowId() > 0 && view->seatsWithState() > 0, 10'000);
    const auto press = [&window](Qt::Key key) {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
        QTest::keyClick(target, key);
    };
    const auto idle = [&window] { return !window.isCheckingOut() && !window.isBusy(); };
    const PaymentPanel *payment = window.findChild<PaymentPanel *>();
    QVERIFY(payment);

    // Three seats; 50,00 by card, then a declined card for 20,00, then 20,00 in cash with 50,00 handed over.
    press(Qt::Key_3);
    press(Qt::Key_B);
    QTRY_VERIFY_WITH_TIMEOUT(window.cart().size() == 1 && idle(), 10'000);
    const Money total = window.cart().total();
    press(Qt::Key_F6);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"partAmount"_s);
    QTest::keyClicks(QApplication::focusWidget(), u"50"_s);
    press(Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(idle() && payment->tender().paidMinor() == 5000, 10'000);
    QVERIFY2(window.notice().startsWith(u"Bisher bezahlt: 50,00 EUR; noch fällig: "_s),
             qPrintable(window.notice()));
    window.cardTerminal()->script({SimulatedCardTerminal::Step::Decline});
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"abgelehnt"_s));
    press(Qt::Key_F6);
    QTest::keyClicks(QApplication::focusWidget(), u"20"_s);
    press(Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(idle() && payment->tender().parts().size() == 2, 10'000);
    QVERIFY2(window.notice().contains(u"Die Karte wurde abgelehnt."_s), qPrintable(window.notice()));
    press(Qt::Key_F6);
    QTest::keyClicks(QApplication::focusWidget(), u"20"_s);
    press(Qt::Key_F2);
    QTest::keyClicks(QApplication::focusWidget(), u"50"_s);
    press(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(idle() && payment->tender().parts().size() == 3, 10'000);
    QCOMPARE(window.phase(), CounterWindow::Phase::Selling);

    // The picture first, for people to look at whatever fails below.
    const QString screenshot = QStringLiteral(PARTERRE_SCREENSHOT_DIR "/counter-split-tender-de.png");
    QVERIFY(window.grab().save(screenshot));
    qInfo().noquote() << "screenshot:" << screenshot;
    // The parts, their states and what is still due read German, and no cell is elided.
    auto *parts = window.findChild<QTreeWidget *>(u"tenderParts"_s);
    QStringList rows;
    for (int i = 0; i < parts->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *row = parts->topLevelItem(i);
        rows << row->text(0) + u" | "_s + row->text(1) + u" | "_s + row->text(2);
    }
    QCOMPARE(rows, QStringList({u"Karte | 50,00 EUR | Bezahlt"_s, u"Karte | 20,00 EUR | Abgelehnt"_s,
                                u"Bar (Rückgeld 30,00 EUR) | 20,00 EUR | Bezahlt"_s}));
    QCOMPARE(parts->topLevelItem(2)->toolTip(0), u"Bar (gegeben 50,00 EUR, Rückgeld 30,00 EUR)"_s);
    QVERIFY2(cutCells(parts).isEmpty(), qPrintable(cutCells(parts).join(u'\n')));
    const QString due = window.findChild<QLabel *>(u"tenderDue"_s)->text();
    QVERIFY2(due.startsWith(u"Bezahlt 70,00 EUR · noch fällig "_s), qPrintable(due));
    QVERIFY2(window.notice().startsWith(u"Bisher bezahlt: 70,00 EUR; noch fällig: "_s),
             qPrintable(window.notice()));
    QCOMPARE(window.width(), 1280); // the Amount field and the parts fit the 1280-pixel counter in German
    QVERIFY2(englishLeftOn(&window).isEmpty(), qPrintable(englishLeftOn(&window).join(u'\n')));
    QVERIFY2(squeezed(&window).isEmpty(), qPrintable(squeezed(&window).join(u'\n')));
    QVERIFY2(clashingAccelerators(&window).isEmpty(), qPrintable(clashingAccelerators(&window).join(u'\n')));

    // A line of a partly paid sale stays, and Esc asks in German before giving the money back.
    press(Qt::Key_Delete);
    QVERIFY2(window.notice().startsWith(u"Ein Teil dieses Verkaufs ist bezahlt"_s),
             qPrintable(window.notice()));
    press(Qt::Key_Escape);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox *>(u"cancelSaleBox"_s)) != nullptr);
    QCOMPARE(box->text(),
             u"Von diesem Verkauf sind 70,00 EUR bezahlt. Den Verkauf abbrechen, das Geld auf die "
             u"ursprünglichen Zahlungen zurückgeben und 3 Plätze freigeben?"_s);
    QCOMPARE(box->windowTitle(), u"Verkauf abbrechen"_s);
    QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton);
    QTRY_VERIFY(!window.findChild<QMessageBox *>(u"cancelSaleBox"_s));
    QCOMPARE(window.cart().size(), 1);

    // The rest by card (clicked: the offscreen platform does not give the window its keys back after the box;
    // and after a cash part that gave change the rest cannot be cash); the sale-complete page lists every
    // payment in German.
    QTest::mouseClick(window.findChild<QRadioButton *>(u"cardMethod"_s), Qt::LeftButton);
    QTest::mouseClick(window.findChild<QPushButton *>(u"confirmSale"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(window.phase(), CounterWindow::Phase::Complete, 10'000);
    const QString paid = window.findChild<QLabel *>(u"salePayments"_s)->text();
    const QStringList lines = paid.split(u'\n');
    QCOMPARE(lines.value(0), u"Bezahlt mit:"_s);
    QCOMPARE(lines.value(1), u"Karte: 50,00 EUR"_s);
    QCOMPARE(lines.value(2), u"Bar (gegeben 50,00 EUR, Rückgeld 30,00 EUR): 20,00 EUR"_s);
    QCOMPARE(lines.value(3), u"Karte: "_s + MoneyText::format({total.minor - 7000, total.currency}));
    QCOMPARE(lines.size(), 4); // the declined card is not among them
    QVERIFY2(window.findChild<QLabel *>(u"saleChange"_s)->text() == u"Rückgeld: 30,00 EUR"_s,
             qPrintable(window.findChild<QLabel *>(u"saleChange"_s)->text()));
    QVERIFY2(visibleTexts(&window).filter(MoneyText::format(total)).size() > 0,
             qPrintable(MoneyText::format(total)));
    QVERIFY2(englishLeftOn(&window).isEmpty(), qPrintable(englishLeftOn(&window).join(u'\n')));
    QVERIFY2(squeezed(&window).isEmpty(), qPrintable(squeezed(&window).join(u'\n')));
    QVERIFY(window.grab().save(QStringLiteral(PARTERRE_SCREENSHOT_DIR "/counter-split-complete-de.png")));
}

void TestTranslations::moneyGivenBackIsSaidInGerman()
{
    const auto payment = [](qint64 id, Payment::Kind kind, Payment::Method method, Payment::Status status,
                            qint64 amountMinor, qint64 changeMinor = 0) {
        Payment p;
        p.id = id;
        p.kind = kind;
        p.method = method;
        p.status = status;
        p.amountMinor = amountMinor;
        p.currency = u"EUR"_s;
        p.changeMinor = changeMinor;
        p.tenderedMinor = changeMinor > 0 ? amountMinor + changeMinor : 0;
        return p;
    };
    using Kind = Payment::Kind;
    using Method = Payment::Method;
    using Status = Payment::Status;

    // A cancelled split-tender sale: what went back by method, and what waits for the card terminal.
    Order cancelled;
    cancelled.currency = u"EUR"_s;
    cancelled.payments = {payment(1, Kind::Payment, Method::Card, Status::Succeeded, 5000),
                          payment(2, Kind::Payment, Method::Cash, Status::Succeeded, 2000),
                          payment(3, Kind::Payment, Method::Card, Status::Processing, 1000),
                          payment(4, Kind::Refund, Method::Cash, Status::Succeeded, 2000),
                          payment(5, Kind::Refund, Method::Card, Status::Succeeded, 3000),
                          payment(6, Kind::Refund, Method::Card, Status::Processing, 2000),
                          payment(7, Kind::Refund, Method::Comp, Status::Succeeded, 500)};
    QCOMPARE(
        TenderSummary::moneyBackText({cancelled}),
        u"Geben Sie 20,00 EUR bar zurück. 30,00 EUR wurden auf die Karte zurückgebucht. Eine "
        u"Kartenerstattung über 20,00 EUR wartet auf das Terminal (Zu klärende Zahlungen). Die Freikarte "
        u"über 5,00 EUR wurde zurückgenommen. Eine Kartenzahlung, auf die das Terminal nie geantwortet "
        u"hat, wird unter „Zu klärende Zahlungen“ geklärt: Ist sie durchgegangen, wird sie erstattet."_s);
    QCOMPARE(TenderSummary::stateText(Status::Processing), u"Ausstehend"_s);
    QCOMPARE(TenderSummary::stateText(Status::Refunded), u"Erstattet"_s);

    // An exchange settled: the change for cash handed over, and the money back by method. Payments up to
    // the one before the exchange are not its own.
    Order exchanged;
    exchanged.currency = u"EUR"_s;
    exchanged.payments = {payment(1, Kind::Payment, Method::Cash, Status::Succeeded, 5000, 1000),
                          payment(2, Kind::Payment, Method::Cash, Status::Succeeded, 1500, 500),
                          payment(3, Kind::Refund, Method::Cash, Status::Succeeded, 1000),
                          payment(4, Kind::Refund, Method::Card, Status::Succeeded, 2000)};
    QCOMPARE(OrderOperations::settlementText(exchanged, 1),
             u"Geben Sie 5,00 EUR Rückgeld heraus. Erstattung: Bar 10,00 EUR, Karte 20,00 EUR."_s);
}

void TestTranslations::endOfDayWindowAndZReportSpeakGerman()
{
    QSettings().setValue(u"counter/terminal"_s, u"Kasse 1"_s);
    Fixture fixture(10, 20, 50);
    QVERIFY(fixture.isValid());
    fixture.clock().setNowMs(QDateTime::currentMSecsSinceEpoch());
    CounterWindow counter(fixture.database().location());
    EndOfDayWindow *window = counter.openEndOfDay(EndOfDayWindow::DrawerPage);
    window->resize(1100, 680);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTRY_VERIFY_WITH_TIMEOUT(!window->isBusy(), 20'000);
    QCOMPARE(window->windowTitle(), u"Parterre — Tagesabschluss"_s);
    auto *tabs = window->findChild<QTabWidget *>();
    QVERIFY(tabs);
    QStringList tabTexts;
    for (int i = 0; i < tabs->count(); ++i)
        tabTexts << tabs->tabText(i);
    QCOMPARE(tabTexts, QStringList({u"Kassen&lade"_s, u"&Berichte"_s, u"Zu &klärende Zahlungen"_s}));
    DrawerPanel *drawer = window->drawer();
    QVERIFY2(drawer->findChild<QLabel *>(u"drawerStatus"_s)->text().contains(u"keine Kassenlade"_s),
             qPrintable(drawer->findChild<QLabel *>(u"drawerStatus"_s)->text()));

    // Open with 100,00 (typed the German way), sell 130,00 in cash, count 225,00: 5,00 short.
    drawer->findChild<QLineEdit *>(u"floatAmount"_s)->setText(u"100,00"_s);
    QTest::mouseClick(drawer->findChild<QPushButton *>(u"openDrawer"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(drawer->openSession().has_value(), 20'000);
    QCOMPARE(drawer->openSession()->floatMinor, 10'000);
    const qint64 showId = fixture.showId();
    auto sold = counter.service()->run([showId](InventoryEngine &engine) {
        SaleRequest sale;
        sale.hold = {showId, {seatId(1, 1), seatId(1, 2), seatId(6, 1)}, {}, 0};
        sale.method = Payment::Method::Cash;
        return engine.sell(sale, u"translation-sale"_s);
    });
    QTRY_VERIFY_WITH_TIMEOUT(sold.isFinished(), 20'000);
    QVERIFY(sold.result().ok());
    window->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!window->isBusy(), 20'000);
    drawer->findChild<QLineEdit *>(u"countedAmount"_s)->setText(u"225,00"_s);
    const QString variance = drawer->findChild<QLabel *>(u"varianceFigure"_s)->text();
    QVERIFY2(variance.contains(u"-5,00"_s) && variance.contains(u"Fehlbetrag"_s), qPrintable(variance));
    drawer->closeDrawer(22'500);
    QTRY_VERIFY_WITH_TIMEOUT(drawer->zReport().has_value(), 20'000);
    QTRY_VERIFY_WITH_TIMEOUT(!window->isBusy(), 20'000);

    // The Z-report in German, its amounts still in one column.
    const QStringList lines = drawer->zReportText().split(u'\n');
    QVERIFY2(lines.value(0).startsWith(u"Z-BERICHT"_s), qPrintable(lines.value(0)));
    // The labels fill a column of 22 characters and the amounts, right-aligned, end at column 36 (as in
    // English).
    for (const QString &label : {u"Wechselgeld"_s, u"+ Barverkäufe"_s, u"- Barerstattungen"_s, u"= Soll"_s,
                                 u"Gezählt"_s, u"Differenz"_s}) {
        const QStringList found =
            lines.filter(QRegularExpression(u"^"_s + QRegularExpression::escape(label)));
        QCOMPARE(found.size(), 1);
        const QString &line = found.first();
        QCOMPARE(line.left(22).trimmed(), label);
        QVERIFY2(line.size() >= 36 && line.at(22) == u' ' && line.at(35) != u' ', qPrintable(line));
    }
    QVERIFY(lines.filter(u"(Fehlbetrag)"_s).size() == 1);
    QVERIFY2(lines.filter(QRegularExpression(u"^= Soll +230,00 EUR$"_s)).size() == 1,
             qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.filter(QRegularExpression(u"^  Bar +1 +130,00 EUR$"_s)).size() == 1,
             qPrintable(lines.join(u'\n')));

    QVERIFY2(englishLeftOn(window).isEmpty(), qPrintable(englishLeftOn(window).join(u'\n')));
    for (int page : {EndOfDayWindow::ReportsPage, EndOfDayWindow::PaymentsPage}) {
        tabs->setCurrentIndex(page);
        QTRY_VERIFY_WITH_TIMEOUT(!window->isBusy(), 20'000);
        QVERIFY2(englishLeftOn(window).isEmpty(), qPrintable(englishLeftOn(window).join(u'\n')));
        QVERIFY2(squeezed(window).isEmpty(), qPrintable(squeezed(window).join(u'\n')));
        QVERIFY(
            window->grab().save(QStringLiteral(PARTERRE_SCREENSHOT_DIR "/end-of-day-de-%1.png").arg(page)));
    }
    QVERIFY2(clashingAccelerators(window).isEmpty(), qPrintable(clashingAccelerators(window).join(u'\n')));
    tabs->setCurrentIndex(EndOfDayWindow::DrawerPage);
    QVERIFY2(squeezed(window).isEmpty(), qPrintable(squeezed(window).join(u'\n')));
    const QString screenshot = QStringLiteral(PARTERRE_SCREENSHOT_DIR "/end-of-day-de.png");
    QVERIFY(window->grab().save(screenshot));
    qInfo().noquote() << "screenshot:" << screenshot;
}

QStringList TestTranslations::problemsOf(QWidget *window) const
{
    QStringList problems;
    for (const QString &text : englishLeftOn(window))
        problems << u"English: "_s + text;
    for (const QString &clash : clashingAccelerators(window))
        problems << u"accelerator: "_s + clash;
    for (const QString &cut : squeezed(window))
        problems << u"cut: "_s + cut;
    for (QString &problem : problems)
        problem.prepend(window->windowTitle() + u" — "_s);
    return problems;
}

void TestTranslations::otherWindowsAndDialogsSpeakGerman()
{
    Fixture fixture(10, 20, 50);
    QVERIFY(fixture.isValid());
    fixture.clock().setNowMs(QDateTime::currentMSecsSinceEpoch());
    CounterWindow counter(fixture.database().location());
    const qint64 showId = fixture.showId();
    auto sold = counter.service()->run([showId](InventoryEngine &engine) {
        SaleRequest sale;
        sale.hold = {showId, {seatId(2, 1), seatId(2, 2)}, {}, 0};
        sale.method = Payment::Method::Cash;
        sale.customer = {u"Ada Lovelace"_s, u"ada@example.org"_s, QString()};
        return engine.sell(sale, u"translation-order"_s);
    });
    QTRY_VERIFY_WITH_TIMEOUT(sold.isFinished(), 20'000);
    QVERIFY(sold.result().ok());
    const Order order = *sold.result();
    QStringList problems;

    OrdersWindow *orders = counter.openOrders();
    orders->resize(1100, 700);
    QVERIFY(QTest::qWaitForWindowExposed(orders));
    orders->setQuery(order.number);
    QTRY_VERIFY_WITH_TIMEOUT(!orders->results().isEmpty(), 10'000);
    QVERIFY(orders->selectOrder(order.id));
    QTRY_VERIFY_WITH_TIMEOUT(orders->details() && !orders->isBusy(), 10'000);
    QCOMPARE(orders->windowTitle(), u"Parterre — Bestellungen"_s);
    problems << problemsOf(orders);
    QVERIFY(orders->grab().save(QStringLiteral(PARTERRE_SCREENSHOT_DIR "/orders-de.png")));

    RefundDialog refund(order, {});
    refund.show();
    QVERIFY(QTest::qWaitForWindowExposed(&refund));
    QCOMPARE(refund.windowTitle(), u"Bestellung %1 erstatten"_s.arg(order.number));
    problems << problemsOf(&refund);
    // Qt's own button texts come from Qt's German translation, where the system has it
    // (qt6-translations-l10n).
    if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_de.qm"_s)) {
        QStringList buttons;
        for (QAbstractButton *button : refund.findChildren<QAbstractButton *>())
            buttons << button->text();
        QVERIFY2(buttons.contains(u"Abbrechen"_s) && !buttons.contains(u"&Cancel"_s) &&
                     !buttons.contains(u"Cancel"_s),
                 qPrintable(buttons.join(u" | "_s)));
    }
    QVERIFY(refund.grab().save(QStringLiteral(PARTERRE_SCREENSHOT_DIR "/refund-de.png")));

    auto shows = fixture.store().shows(0, QDateTime::currentMSecsSinceEpoch());
    QVERIFY(shows);
    ExchangeDialog exchange(counter.service(), order, {order.items.at(0).id}, *shows);
    exchange.show();
    QVERIFY(QTest::qWaitForWindowExposed(&exchange));
    QTRY_VERIFY_WITH_TIMEOUT(!exchange.isLoading(), 10'000);
    problems << problemsOf(&exchange);
    QVERIFY(exchange.grab().save(QStringLiteral(PARTERRE_SCREENSHOT_DIR "/exchange-de.png")));

    // Both tickets for standing places: the places are counted in German, singular and plural, and the
    // money back is said by method.
    ExchangeDialog standing(counter.service(), order, {order.items.at(0).id, order.items.at(1).id}, *shows);
    standing.show();
    QVERIFY(QTest::qWaitForWindowExposed(&standing));
    QTRY_VERIFY_WITH_TIMEOUT(!standing.isLoading(), 10'000);
    QVERIFY(standing.selectArea(u"floor"_s, 1));
    auto *places = standing.findChild<QSpinBox *>(u"exchangeQuantity"_s);
    QCOMPARE(places->text(), u"1 Platz"_s);
    problems << problemsOf(&standing);
    QVERIFY(standing.selectArea(u"floor"_s, 2));
    QCOMPARE(places->text(), u"2 Plätze"_s);
    QCOMPARE(standing.findChild<QComboBox *>(u"exchangeArea"_s)->currentText(),
             u"Floor · je 20,00 EUR · 50 frei"_s);
    QCOMPARE(standing.differenceText(),
             u"Der Kunde erhält 60,00 EUR zurück, auf die ursprünglichen Zahlungen: Bar 60,00 EUR."_s);
    problems << problemsOf(&standing);
    QVERIFY(standing.grab().save(QStringLiteral(PARTERRE_SCREENSHOT_DIR "/exchange-standing-de.png")));

    // A dearer seat paid in cash: what was handed over and the change, in German.
    auto back = counter.service()->run([showId](InventoryEngine &engine) {
        SaleRequest sale;
        sale.hold = {showId, {seatId(8, 1)}, {}, 0};
        sale.method = Payment::Method::Cash;
        return engine.sell(sale, u"translation-back-row"_s);
    });
    QTRY_VERIFY_WITH_TIMEOUT(back.isFinished(), 20'000);
    QVERIFY(back.result().ok());
    const Order backRow = *back.result();
    ExchangeDialog dearer(counter.service(), backRow, {backRow.items.at(0).id}, *shows);
    dearer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dearer));
    QTRY_VERIFY_WITH_TIMEOUT(!dearer.isLoading(), 10'000);
    QVERIFY(dearer.selectSeats({seatId(1, 1)}));
    auto *tendered = dearer.findChild<QLineEdit *>(u"exchangeTendered"_s);
    QTest::keyClicks(tendered, u"10"_s);
    QCOMPARE(dearer.differenceText(),
             u"Der Kunde zahlt 20,00 EUR mehr (Bar). Gegeben wurden 10,00 EUR, es fehlen 10,00 EUR."_s);
    tendered->clear();
    QTest::keyClicks(tendered, u"50"_s);
    QCOMPARE(dearer.differenceText(), u"Der Kunde zahlt 20,00 EUR mehr (Bar). Gegeben wurden 50,00 EUR: "
                                      u"Geben Sie 30,00 EUR Rückgeld heraus."_s);
    // Two lines of German: the dialog makes room for both (once its layout has caught up with the text).
    const auto *difference = dearer.findChild<QLabel *>(u"exchangeDifference"_s);
    QTRY_VERIFY2(
        difference->height() >= difference->heightForWidth(difference->width()),
        qPrintable(
            u"%1 < %2"_s.arg(difference->height()).arg(difference->heightForWidth(difference->width()))));
    problems << problemsOf(&dearer);
    QVERIFY(dearer.grab().save(QStringLiteral(PARTERRE_SCREENSHOT_DIR "/exchange-cash-de.png")));

    DenominationDialog count(u"EUR"_s);
    count.show();
    QVERIFY(QTest::qWaitForWindowExposed(&count));
    QCOMPARE(count.windowTitle(), u"Kassenlade zählen"_s);
    problems << problemsOf(&count);
    QVERIFY(count.grab().save(QStringLiteral(PARTERRE_SCREENSHOT_DIR "/count-de.png")));

    ConnectionDialog connection(fixture.database().location());
    connection.show();
    QVERIFY(QTest::qWaitForWindowExposed(&connection));
    problems << problemsOf(&connection);
    QVERIFY(connection.grab().save(QStringLiteral(PARTERRE_SCREENSHOT_DIR "/connection-de.png")));

    Hosting hosting;
    HostingDialog host(hosting, fixture.database().location());
    host.show();
    QVERIFY(QTest::qWaitForWindowExposed(&host));
    problems << problemsOf(&host);
    QVERIFY(host.grab().save(QStringLiteral(PARTERRE_SCREENSHOT_DIR "/hosting-de.png")));

    EditorWindow editor;
    editor.resize(1280, 800);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY2(editor.windowTitle().contains(u"Saalplaneditor"_s), qPrintable(editor.windowTitle()));
    problems << problemsOf(&editor);
    QVERIFY(editor.grab().save(QStringLiteral(PARTERRE_SCREENSHOT_DIR "/editor-de.png")));

    MainWindow overview(fixture.database().location());
    overview.resize(1280, 800);
    overview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&overview));
    overview.start();
    QTRY_VERIFY_WITH_TIMEOUT(overview.selectedShowId() > 0, 10'000);
    auto *summary = overview.findChild<QLabel *>(u"summary"_s);
    QVERIFY(summary);
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(u"frei"_s), 10'000);
    problems << problemsOf(&overview);
    QVERIFY(overview.grab().save(QStringLiteral(PARTERRE_SCREENSHOT_DIR "/overview-de.png")));

    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

    // The customer's tickets and receipt are German too (read back from the PDFs' text).
    const auto show =
        std::find_if(shows->cbegin(), shows->cend(), [&](const Show &s) { return s.id == showId; });
    QVERIFY(show != shows->cend());
    const QString tickets = QStringLiteral(PARTERRE_SCREENSHOT_DIR "/tickets-de.pdf");
    const QString receipt = QStringLiteral(PARTERRE_SCREENSHOT_DIR "/receipt-de.pdf");
    const auto written = TicketPdf::write(order, *show, tickets);
    QVERIFY(written);
    QCOMPARE(*written, 2);
    QVERIFY(TicketPdf::writeReceipt(order, *show, receipt).ok());
    const auto text = [](const QString &pdf) {
        QProcess process;
        process.start(u"pdftotext"_s, {pdf, u"-"_s});
        process.waitForFinished(60'000);
        return QString::fromUtf8(process.readAllStandardOutput()).simplified();
    };
    const QString ticketText = text(tickets);
    for (const QString &german :
         {u"EINTRITTSKARTE"_s, u"Reihe 2 · Platz 1"_s, u"KATEGORIE"_s, u"PREIS"_s, u"50,00 EUR"_s,
          QString(u"Bestellung "_s + order.number), u"Gilt für einen Einlass"_s})
        QVERIFY2(ticketText.contains(german), qPrintable(german + u" not in: "_s + ticketText));
    const QString receiptText = text(receipt);
    for (const QString &german : {QString(u"Bestellung "_s + order.number), u"SUMME"_s, u"100,00 EUR"_s,
                                  u"Bar"_s, u"2 Karten"_s, u"Vielen Dank und viel Vergnügen!"_s})
        QVERIFY2(receiptText.contains(german), qPrintable(german + u" not in: "_s + receiptText));
    const auto title = [](const QString &pdf) {
        QProcess process;
        process.start(u"pdfinfo"_s, {pdf});
        process.waitForFinished(60'000);
        const QString info = QString::fromUtf8(process.readAllStandardOutput());
        return info.section(u"Title:"_s, 1).section(u'\n', 0, 0).trimmed();
    };
    QCOMPARE(title(tickets), u"%1 – Bestellung %2"_s.arg(show->eventName, order.number));
    QCOMPARE(title(receipt), u"Beleg – Bestellung %1"_s.arg(order.number));
    for (const QString &english : {u"ADMIT ONE"_s, u"Row"_s, u"TOTAL"_s, u"Thank you"_s})
        QVERIFY2(!ticketText.contains(english) && !receiptText.contains(english), qPrintable(english));
}

QTEST_MAIN(TestTranslations)
void TestTranslations::houseSeatsWindowSpeaksGerman()
{
    Fixture fixture(10, 20, 50);
    QVERIFY(fixture.isValid());
    fixture.clock().setNowMs(QDateTime::currentMSecsSinceEpoch());
    StaffService staff(fixture.store(), fixture.clock());
    QVERIFY(staff.createHoldCode({u"press"_s, u"Presse"_s, {Role::Clerk, Role::Supervisor}, 0}, u"press"_s));
    CounterWindow counter(fixture.database().location());
    counter.resize(1280, 800);
    counter.show();
    counter.start();
    QTRY_VERIFY_WITH_TIMEOUT(counter.currentShowId() == fixture.showId(), 10'000);
    counter.openHouseSeats();
    QTRY_VERIFY_WITH_TIMEOUT(counter.houseSeatsWindow() && counter.houseSeatsWindow()->isLoaded(), 10'000);
    HouseSeatsWindow *window = counter.houseSeatsWindow();
    QCOMPARE(window->windowTitle(), u"Parterre — Hausplätze"_s);
    // Who may sell from a code, as people read it (not the roles' stored keys).
    QCOMPARE(window->findChild<QTableWidget *>(u"holdCodes"_s)->item(0, 2)->text(),
             u"Kassierer, Kassenleitung, Administrator"_s);

    // Block two seats: the answer, the counts and the selection line read German.
    SeatMapView *view = window->seatView();
    for (const QString &id : {seatId(2, 3), seatId(2, 4)}) {
        const auto centre = view->seatCentre(id);
        QVERIFY(centre);
        QTest::mouseClick(view, Qt::LeftButton, Qt::ControlModifier, centre->toPoint());
    }
    QTRY_VERIFY(window->findChild<QPushButton *>(u"block"_s)->isEnabled());
    QTest::mouseClick(window->findChild<QPushButton *>(u"block"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window->message().contains(u"2 Plätze gesperrt."_s), 10'000);
    // The counts follow the change feed.
    QTRY_VERIFY_WITH_TIMEOUT(visibleTexts(window).filter(u" · 2 gesperrt · "_s).size() == 1, 10'000);
    const QStringList texts = visibleTexts(window);
    QVERIFY2(texts.filter(u"Kontingente in dieser Vorstellung"_s).size() == 1,
             qPrintable(texts.join(u" | "_s)));
    const QStringList problems = problemsOf(window);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    const QString screenshot = QStringLiteral(PARTERRE_SCREENSHOT_DIR "/house-seats-de.png");
    QVERIFY(window->grab().save(screenshot));
    qInfo().noquote() << "screenshot:" << screenshot;
}

#include "tst_translations.moc"
