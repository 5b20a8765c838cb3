#include "houseseatswindow.h"

#include "boxoffice/roletext.h"

#include "boxoffice/showpicker.h"
#include "holdcodedialog.h"
#include "inventory/inventoryservice.h"
#include "seatmap/seatmapview.h"
#include "store/changefeed.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QUuid>
#include <QVBoxLayout>

namespace Parterre {

namespace {

constexpr int RefreshDelayMs = 150;
constexpr int MaxSeatsNamed = 8;

QString newKey(const QString &what)
{
    return QStringLiteral("house:%1:%2").arg(what, QUuid::createUuid().toString(QUuid::WithoutBraces));
}

QPushButton *makeButton(const QString &text, const QString &name, const QKeySequence &key,
                        const QString &toolTip, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setShortcut(key);
    button->setToolTip(toolTip + QStringLiteral(" (") + key.toString(QKeySequence::NativeText) +
                       QLatin1Char(')'));
    button->setFocusPolicy(Qt::NoFocus);
    return button;
}

QTableWidgetItem *number(int value)
{
    auto *item = new QTableWidgetItem(QString::number(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

HouseSeatsWindow::HouseSeatsWindow(InventoryService *service, QWidget *parent)
    : QMainWindow(parent)
    , m_service(service)
{
    setWindowTitle(tr("Parterre — House Seats"));

    m_title = new QLabel(tr("No show"));
    m_title->setObjectName(QStringLiteral("houseShowTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("houseSummary"));

    m_view = new SeatMapView;
    m_view->setObjectName(QStringLiteral("houseSeatView"));
    m_view->setPlaceholderText(tr("Loading the show…"));
    m_view->setDragMode(SeatMapView::DragMode::RubberBand);
    connect(m_view, &SeatMapView::selectionChanged, this, &HouseSeatsWindow::updateSelection);

    m_selection = new QLabel;
    m_selection->setObjectName(QStringLiteral("houseSelection"));
    m_reason = new QLineEdit;
    m_reason->setObjectName(QStringLiteral("blockReason"));
    m_reason->setPlaceholderText(tr("Why, for the log (optional): broken seat, sound desk…"));
    m_reason->setMaxLength(200);
    m_reason->setClearButtonEnabled(true);
    m_dragSelects = new QCheckBox(tr("&Drag selects"));
    m_dragSelects->setObjectName(QStringLiteral("dragSelects"));
    m_dragSelects->setToolTip(tr("Dragging on the map selects seats; uncheck to pan by dragging instead"));
    m_dragSelects->setChecked(true);
    m_dragSelects->setFocusPolicy(Qt::NoFocus);
    connect(m_dragSelects, &QCheckBox::toggled, this, [this](bool selects) {
        m_view->setDragMode(selects ? SeatMapView::DragMode::RubberBand : SeatMapView::DragMode::Pan);
    });

    m_block = makeButton(tr("&Block"), QStringLiteral("block"), QKeySequence(Qt::CTRL | Qt::Key_B),
                         tr("Kill the selected seats: nobody sells them until they are unblocked"), this);
    m_unblock = makeButton(tr("&Unblock"), QStringLiteral("unblock"), QKeySequence(Qt::CTRL | Qt::Key_U),
                           tr("Put the selected blocked seats back on sale"), this);
    m_keepCode = new QComboBox;
    m_keepCode->setObjectName(QStringLiteral("keepCode"));
    m_keepCode->setFocusPolicy(Qt::ClickFocus);
    m_keepCode->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_keep =
        makeButton(tr("&Keep"), QStringLiteral("keep"), QKeySequence(Qt::CTRL | Qt::Key_K),
                   tr("Keep the selected seats under the hold code: only its roles may sell them"), this);
    m_release =
        makeButton(tr("&Release to Sale"), QStringLiteral("release"), QKeySequence(Qt::CTRL | Qt::Key_R),
                   tr("Put the selected seats kept under a hold code back on sale"), this);
    connect(m_block, &QPushButton::clicked, this, [this] { run(Action::Block); });
    connect(m_unblock, &QPushButton::clicked, this, [this] { run(Action::Unblock); });
    connect(m_keep, &QPushButton::clicked, this, [this] { run(Action::Keep); });
    connect(m_release, &QPushButton::clicked, this, [this] { run(Action::Release); });

    auto *keepLabel = new QLabel(tr("Keep &under:"));
    keepLabel->setBuddy(m_keepCode);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_block);
    tools->addWidget(m_unblock);
    tools->addSpacing(12);
    tools->addWidget(keepLabel);
    tools->addWidget(m_keepCode);
    tools->addWidget(m_keep);
    tools->addWidget(m_release);
    tools->addStretch(1);
    tools->addWidget(m_dragSelects);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("houseMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *mapPane = new QWidget;
    auto *mapLayout = new QVBoxLayout(mapPane);
    mapLayout->setContentsMargins(0, 0, 0, 0);
    mapLayout->addWidget(m_title);
    mapLayout->addWidget(m_summary);
    mapLayout->addLayout(tools);
    mapLayout->addWidget(m_message);
    mapLayout->addWidget(m_view, 1);
    auto *below = new QHBoxLayout;
    auto *reasonLabel = new QLabel(tr("Reaso&n:"));
    reasonLabel->setBuddy(m_reason);
    below->addWidget(m_selection, 1);
    below->addWidget(reasonLabel);
    below->addWidget(m_reason, 1);
    mapLayout->addLayout(below);

    m_codes = new QTableWidget(0, 5);
    m_codes->setObjectName(QStringLiteral("holdCodes"));
    m_codes->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Sold by"), tr("Kept"), tr("Taken")});
    m_codes->horizontalHeaderItem(3)->setToolTip(tr("Seats still kept under the code at this show"));
    m_codes->horizontalHeaderItem(4)->setToolTip(tr("Seats held or sold from the code at this show"));
    m_codes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_codes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_codes->setSelectionMode(QAbstractItemView::SingleSelection);
    m_codes->verticalHeader()->hide();
    m_codes->setWordWrap(true);
    m_codes->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Who may sell takes what room is left and wraps: the counts stay in view in every language.
    m_codes->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    connect(m_codes, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row < m_state.codes.size())
            setKeepCode(m_state.codes.at(row).code);
    });
    connect(m_codes, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (row >= 0 && row < m_state.codes.size())
            selectKeptSeats(m_state.codes.at(row).code);
    });
    m_newCode = new QPushButton(tr("New Hold &Code…"));
    m_newCode->setObjectName(QStringLiteral("newHoldCode"));
    m_newCode->setEnabled(false);
    connect(m_newCode, &QPushButton::clicked, this, &HouseSeatsWindow::newHoldCode);

    auto *codesPane = new QWidget;
    auto *codesLayout = new QVBoxLayout(codesPane);
    codesLayout->setContentsMargins(0, 0, 0, 0);
    auto *codesTitle = new QLabel(tr("Hold codes at this show"));
    codesTitle->setFont(titleFont);
    codesLayout->addWidget(codesTitle);
    auto *hint = new QLabel(tr("Double-click a code to select the seats it keeps."));
    hint->setWordWrap(true);
    codesLayout->addWidget(hint);
    codesLayout->addWidget(m_codes, 1);
    codesLayout->addWidget(m_newCode, 0, Qt::AlignRight);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(mapPane);
    splitter->addWidget(codesPane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    codesPane->setMinimumWidth(300);
    splitter->setSizes({820, 400});
    auto *central = new QWidget;
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->addWidget(splitter);
    setCentralWidget(central);

    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    connect(m_refresh, &QTimer::timeout, this, &HouseSeatsWindow::refresh);
    updateSelection();
}

HouseSeatsWindow::~HouseSeatsWindow()
{
    m_feed.reset();
}

void HouseSeatsWindow::setShow(qint64 showId)
{
    if (showId == m_showId)
        return;
    m_showId = showId;
    ++m_request;
    m_readPending = false;
    m_loaded = false;
    m_view->clearSelection();
    showMessage({}, false);
    if (!m_feed && m_service) {
        m_feed = std::make_unique<ChangeFeed>(m_service->location());
        connect(m_feed.get(), &ChangeFeed::showsChanged, this, [this](const QSet<qint64> &shows) {
            if (shows.contains(m_showId))
                scheduleRefresh();
        });
        connect(m_feed.get(), &ChangeFeed::started, this, [this] { scheduleRefresh(); });
        m_feed->start();
    }
    refresh();
}

template<typename F, typename Done>
void HouseSeatsWindow::runJob(F &&job, Done &&done)
{
    using R = std::invoke_result_t<F, InventoryEngine &>;
    if (!m_service) {
        showMessage(tr("The counter's store is closed."), true);
        return;
    }
    ++m_jobs;
    updateSelection();
    m_service->run(std::forward<F>(job))
        .then(this, [this, done = std::forward<Done>(done)](R result) mutable {
            --m_jobs;
            done(std::move(result));
            updateSelection();
        });
}

void HouseSeatsWindow::refresh()
{
    if (m_showId == 0 || !m_service)
        return;
    if (m_readPending) {
        m_readAgain = true;
        return;
    }
    m_readPending = true;
    const qint64 showId = m_showId;
    const qint64 knownMap = m_loadedSeatMapId;
    const quint64 request = m_request;
    m_service
        ->run([showId, knownMap](InventoryEngine &engine) {
            return HouseSeatsOperations::read(engine, showId, knownMap);
        })
        .then(this, [this, request](const Result<HouseSeatsState> &state) {
            m_readPending = false;
            if (request == m_request) {
                if (state)
                    apply(*state);
                else
                    showMessage(tr("Could not read the show: %1").arg(state.error().message), true);
            }
            if (m_readAgain || request != m_request) {
                m_readAgain = false;
                refresh();
            }
        });
}

void HouseSeatsWindow::scheduleRefresh()
{
    if (!m_refresh->isActive())
        m_refresh->start(RefreshDelayMs);
}

void HouseSeatsWindow::apply(const HouseSeatsState &state)
{
    const QList<int> selected = m_view->selectedSeats();
    if (state.show.map) {
        m_view->setSeatMap(*state.show.map);
        m_loadedSeatMapId = state.show.show.seatMapId;
    }
    m_state.show.show = state.show.show;
    m_state.show.seats = state.show.seats;
    m_state.show.gaAreas = state.show.gaAreas;
    m_state.codes = state.codes;
    m_state.mayManageCodes = state.mayManageCodes;
    m_seats.clear();
    for (const SeatState &seat : state.show.seats)
        m_seats.insert(seat.seatId, seat);
    m_counts = HouseSeatsOperations::countByCode(state.show.seats);

    QHash<QString, QString> names;
    for (const HoldCode &code : std::as_const(m_state.codes))
        names.insert(code.code, code.name);
    m_view->setHoldCodeNames(names);
    m_view->setPrices(state.show.show.prices, state.show.show.currency);
    m_view->setStates(state.show.seats, state.show.gaAreas);
    if (!state.show.map && !selected.isEmpty())
        m_view->setSelectedSeats(selected); // a change elsewhere leaves the selection as it was

    const Show &show = state.show.show;
    m_title->setText(tr("%1 — %2 · %3").arg(show.eventName, ShowPicker::whenText(show), show.venueName));
    const SeatMapView::Counts counts = m_view->counts();
    int kept = 0;
    for (const HoldCodeCount &count : std::as_const(m_counts))
        kept += count.kept;
    m_summary->setText(tr("%L1 available · %L2 held · %L3 sold · %L4 blocked · %L5 kept under hold codes")
                           .arg(counts.available)
                           .arg(counts.held)
                           .arg(counts.sold)
                           .arg(counts.blocked - kept)
                           .arg(kept));
    fillCodes();
    m_newCode->setEnabled(m_state.mayManageCodes);
    m_newCode->setToolTip(m_state.mayManageCodes ? tr("Define a new hold code and who may sell from it")
                                                 : tr("Organizers and admins define hold codes"));
    m_loaded = true;
    updateSelection();
    emit loaded();
}

void HouseSeatsWindow::fillCodes()
{
    const QString current = keepCode();
    {
        const QSignalBlocker blocker(m_keepCode);
        m_keepCode->clear();
        for (const HoldCode &code : std::as_const(m_state.codes))
            m_keepCode->addItem(tr("%1 (%2)").arg(code.name, code.code), code.code);
        const int index = m_keepCode->findData(current);
        m_keepCode->setCurrentIndex(index >= 0 ? index : 0);
    }
    const QSignalBlocker blocker(m_codes);
    m_codes->setRowCount(int(m_state.codes.size()));
    for (int row = 0; row < m_state.codes.size(); ++row) {
        const HoldCode &code = m_state.codes.at(row);
        QStringList roles;
        for (Role role : allRoles()) {
            if (code.allows(role))
                roles.append(RoleText::title(role));
        }
        const HoldCodeCount count = m_counts.value(code.code);
        m_codes->setItem(row, 0, new QTableWidgetItem(code.code));
        m_codes->setItem(row, 1, new QTableWidgetItem(code.name));
        m_codes->setItem(row, 2, new QTableWidgetItem(roles.join(QStringLiteral(", "))));
        m_codes->setItem(row, 3, number(count.kept));
        m_codes->setItem(row, 4, number(count.taken));
    }
    m_codes->resizeRowsToContents();
}

void HouseSeatsWindow::updateSelection()
{
    const QStringList ids = m_view->selectedSeatIds();
    const int selected = int(ids.size());
    m_selection->setText(selected == 0 ? tr("Select seats: click, Ctrl+click, or drag a box around them.")
                                       : tr("%n seat(s) selected", nullptr, selected) + selectionMix(ids));
    const bool ready = m_loaded && selected > 0 && m_jobs == 0;
    m_block->setEnabled(ready);
    m_unblock->setEnabled(ready);
    m_keep->setEnabled(ready && m_keepCode->count() > 0);
    m_release->setEnabled(ready);
    m_keepCode->setEnabled(m_keepCode->count() > 0);
}

QString HouseSeatsWindow::selectionMix(const QStringList &seatIds) const
{
    // ": 3 on sale, 1 kept for Press": which of the actions apply, before one is tried.
    int onSale = 0;
    int blocked = 0;
    int taken = 0;
    QMap<QString, int> kept;
    for (const QString &id : seatIds) {
        const SeatState seat = m_seats.value(id);
        if (seat.status == SeatState::Status::Available)
            ++onSale;
        else if (seat.status == SeatState::Status::Blocked && seat.holdCode.isEmpty())
            ++blocked;
        else if (seat.status == SeatState::Status::Blocked)
            ++kept[seat.holdCode];
        else
            ++taken;
    }
    QStringList parts;
    if (onSale > 0)
        parts.append(tr("%1 on sale").arg(onSale));
    if (blocked > 0)
        parts.append(tr("%1 blocked").arg(blocked));
    for (auto it = kept.cbegin(); it != kept.cend(); ++it) {
        QString name = it.key();
        for (const HoldCode &code : m_state.codes) {
            if (code.code == it.key())
                name = code.name;
        }
        parts.append(tr("%1 kept for %2").arg(it.value()).arg(name));
    }
    if (taken > 0)
        parts.append(tr("%1 held or sold").arg(taken));
    return parts.isEmpty() ? QStringLiteral(".")
                           : QStringLiteral(": ") + parts.join(QStringLiteral(", ")) + u'.';
}

bool HouseSeatsWindow::setKeepCode(const QString &code)
{
    const int index = m_keepCode->findData(code);
    if (index < 0)
        return false;
    m_keepCode->setCurrentIndex(index);
    return true;
}

QString HouseSeatsWindow::keepCode() const
{
    return m_keepCode->currentData().toString();
}

QString HouseSeatsWindow::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void HouseSeatsWindow::showMessage(const QString &text, bool warning)
{
    m_message->setText(text);
    m_message->setStyleSheet(warning ? QStringLiteral("QLabel { background: #fff3e0; color: #8a3b00; "
                                                      "border: 1px solid #f0a050; padding: 6px; }")
                                     : QStringLiteral("QLabel { color: #1b5e20; padding: 6px; }"));
    m_message->setVisible(!text.isEmpty());
    if (warning && !text.isEmpty())
        emit refused(text);
}

void HouseSeatsWindow::run(Action action)
{
    const QStringList seats = m_view->selectedSeatIds();
    if (m_showId == 0 || seats.isEmpty()) {
        showMessage(tr("Select seats on the map first: click, Ctrl+click, or drag a box around them."), true);
        return;
    }
    const QString code = keepCode();
    if (action == Action::Keep && code.isEmpty()) {
        showMessage(tr("There is no hold code to keep seats under yet."), true);
        return;
    }
    const qint64 showId = m_showId;
    const QString reason = m_reason->text();
    const QString key = newKey(QStringLiteral("seats"));
    runJob(
        [action, showId, seats, code, reason, key](InventoryEngine &engine) -> Result<QStringList> {
            switch (action) {
            case Action::Block:
            case Action::Unblock:
                return HouseSeatsOperations::setBlocked(engine, showId, seats, action == Action::Block,
                                                        reason, key);
            case Action::Keep:
                return HouseSeatsOperations::keepUnderCode(engine, showId, seats, code, key);
            case Action::Release:
                return HouseSeatsOperations::keepUnderCode(engine, showId, seats, QString(), key);
            }
            return Error::invalidInput(QStringLiteral("unknown action"));
        },
        [this, action, code](const Result<QStringList> &done) {
            if (!done) {
                showMessage(refusal(action, done.error()), true);
                return;
            }
            const int n = int(done->size());
            QString text;
            switch (action) {
            case Action::Block:
                text = tr("Blocked %n seat(s).", nullptr, n);
                break;
            case Action::Unblock:
                text = tr("Unblocked %n seat(s): they are on sale.", nullptr, n);
                break;
            case Action::Keep: {
                QString name = code;
                for (const HoldCode &c : std::as_const(m_state.codes)) {
                    if (c.code == code)
                        name = c.name;
                }
                text = tr("Kept %n seat(s) for %1.", nullptr, n).arg(name);
                break;
            }
            case Action::Release:
                text = tr("Released %n seat(s) to sale.", nullptr, n);
                break;
            }
            showMessage(text, false);
            m_reason->clear();
            m_view->clearSelection();
            scheduleRefresh();
            emit changed(action, n);
        });
}

QString HouseSeatsWindow::describeSeats(const QStringList &seatIds) const
{
    QStringList parts;
    for (const QString &id : seatIds) {
        if (parts.size() == MaxSeatsNamed) {
            parts.append(tr("and %n more", nullptr, int(seatIds.size()) - MaxSeatsNamed));
            break;
        }
        const auto seat = m_seats.constFind(id);
        parts.append(seat == m_seats.cend()
                         ? id
                         : tr("%1 row %2 seat %3")
                               .arg(seat->section, seat->row, seat->label.isEmpty() ? id : seat->label));
    }
    return parts.join(QStringLiteral(", "));
}

QString HouseSeatsWindow::refusal(Action action, const Error &error) const
{
    QString text;
    const QString seats = describeSeats(error.seatIds);
    if (error.code == Error::Code::Forbidden) {
        text = tr("Not allowed: %1").arg(error.message);
    } else if (!error.seatIds.isEmpty() &&
               (error.code == Error::Code::SeatUnavailable || error.code == Error::Code::InvalidState)) {
        switch (action) {
        case Action::Block:
            text = tr("Not blocked: held, sold or kept under a hold code: %1.").arg(seats);
            break;
        case Action::Unblock:
            text = tr("Not unblocked: not blocked, or kept under a hold code (release those to sale): %1.")
                       .arg(seats);
            break;
        case Action::Keep:
            text = tr("Not kept: held or sold: %1.").arg(seats);
            break;
        case Action::Release:
            text = tr("Not released: not kept under a hold code, or held or sold from it: %1.").arg(seats);
            break;
        }
    } else if (error.code == Error::Code::Storage) {
        text = tr("The store failed: %1").arg(error.message);
    } else {
        text = error.message;
        if (!seats.isEmpty())
            text += QStringLiteral(" (") + seats + QLatin1Char(')');
    }
    return text + QLatin1Char('\n') + tr("Nothing was changed.");
}

void HouseSeatsWindow::newHoldCode()
{
    auto *dialog = new HoldCodeDialog(this);
    dialog->setObjectName(QStringLiteral("holdCodeDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { createHoldCode(dialog->holdCode()); });
    dialog->open();
}

void HouseSeatsWindow::createHoldCode(const HoldCode &code)
{
    const QString key = newKey(QStringLiteral("code"));
    runJob([code,
            key](InventoryEngine &engine) { return HouseSeatsOperations::createHoldCode(engine, code, key); },
           [this](const Result<HoldCode> &created) {
               if (!created) {
                   showMessage((created.error().code == Error::Code::Forbidden
                                    ? tr("Not allowed: %1").arg(created.error().message)
                                    : created.error().message) +
                                   QLatin1Char('\n') + tr("Nothing was changed."),
                               true);
                   return;
               }
               showMessage(tr("Hold code %1 (%2) created.").arg(created->name, created->code), false);
               m_state.codes.append(*created); // until the read below lands
               fillCodes();
               setKeepCode(created->code);
               refresh();
               emit holdCodeCreated(created->code);
           });
}

void HouseSeatsWindow::selectKeptSeats(const QString &code)
{
    QList<int> seats;
    const SeatMapGeometry &geometry = m_view->renderer().geometry();
    for (const SeatState &seat : std::as_const(m_state.show.seats)) {
        if (seat.holdCode == code && seat.status == SeatState::Status::Blocked) {
            if (const int index = geometry.indexOf(seat.seatId); index >= 0)
                seats.append(index);
        }
    }
    m_view->setSelectedSeats(seats);
    setKeepCode(code);
}

} // namespace Parterre
