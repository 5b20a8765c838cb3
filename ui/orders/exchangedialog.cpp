#include "exchangedialog.h"

#include "boxoffice/moneytext.h"
#include "boxoffice/showpicker.h"
#include "inventory/inventoryservice.h"
#include "orderoperations.h"
#include "ordertext.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace Parterre {

ExchangeDialog::ExchangeDialog(InventoryService *service, const Order &order, const QList<qint64> &itemIds,
                               const QList<Show> &shows, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_order(order)
    , m_itemIds(itemIds)
    , m_returnedMinor(OrderOperations::itemsPrice(order, itemIds))
{
    setObjectName(QStringLiteral("exchangeDialog"));
    setWindowTitle(tr("Exchange Tickets of Order %1").arg(order.number));
    resize(600, 600);

    QStringList returned;
    for (const OrderItem &item : order.items) {
        if (itemIds.contains(item.id))
            returned << item.label;
    }
    auto *giving = new QLabel(
        tr("Giving back: %1 (%2)")
            .arg(returned.join(QStringLiteral("; ")), MoneyText::format({m_returnedMinor, order.currency})),
        this);
    giving->setWordWrap(true);
    giving->setTextFormat(Qt::PlainText);

    m_show = new QComboBox(this);
    m_show->setObjectName(QStringLiteral("exchangeShow"));
    for (const Show &show : shows) {
        m_show->addItem(tr("%1 — %2").arg(show.eventName, ShowPicker::whenText(show)), show.id);
        if (show.id == order.showId)
            m_show->setCurrentIndex(m_show->count() - 1);
    }
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("exchangeCategory"));
    m_best = new QPushButton(tr("&Best Available"), this);
    m_best->setObjectName(QStringLiteral("exchangeBest"));
    m_best->setAutoDefault(false);
    m_seats = new QListWidget(this);
    m_seats->setObjectName(QStringLiteral("exchangeSeats"));
    m_seats->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_area = new QComboBox(this);
    m_area->setObjectName(QStringLiteral("exchangeArea"));
    m_quantity = new QSpinBox(this);
    m_quantity->setObjectName(QStringLiteral("exchangeQuantity"));
    m_quantity->setRange(1, int(itemIds.size()));
    m_quantity->setValue(int(itemIds.size()));
    // "1 place", "2 places": the suffix follows the number; the widest form sets the width so the row keeps
    // still while the number changes.
    const auto placesSuffix = [this](int n) { m_quantity->setSuffix(tr(" place(s)", nullptr, n)); };
    placesSuffix(1);
    int quantityWidth = m_quantity->sizeHint().width();
    placesSuffix(2);
    quantityWidth = std::max(quantityWidth, m_quantity->sizeHint().width());
    m_quantity->setMinimumWidth(quantityWidth);
    placesSuffix(m_quantity->value());
    connect(m_quantity, &QSpinBox::valueChanged, this, placesSuffix);
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("exchangeMethod"));
    for (const auto method : {Payment::Method::Cash, Payment::Method::Card, Payment::Method::Comp})
        m_method->addItem(OrderText::paymentMethod(method), int(method));
    m_tendered = new QLineEdit(this);
    m_tendered->setObjectName(QStringLiteral("exchangeTendered"));
    m_tendered->setPlaceholderText(tr("Cash handed over; empty: exact"));
    m_tendered->setAlignment(Qt::AlignRight);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("exchangeReason"));
    m_reason->setPlaceholderText(tr("Required for a complimentary difference"));
    m_difference = new QLabel(this);
    m_difference->setObjectName(QStringLiteral("exchangeDifference"));
    m_difference->setWordWrap(true);
    m_difference->setTextFormat(Qt::PlainText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Exchange"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(giving);
    form->addRow(tr("&Show:"), m_show);
    auto *categoryRow = new QHBoxLayout;
    categoryRow->addWidget(m_category, 1);
    categoryRow->addWidget(m_best);
    auto *categoryLabel = new QLabel(tr("&Category:"), this);
    categoryLabel->setBuddy(m_category);
    form->addRow(categoryLabel, categoryRow);
    form->addRow(tr("New &seats:"), m_seats);
    auto *areaRow = new QHBoxLayout;
    areaRow->addWidget(m_area, 1);
    areaRow->addWidget(m_quantity);
    auto *areaLabel = new QLabel(tr("Or standin&g:"), this);
    areaLabel->setBuddy(m_area);
    form->addRow(areaLabel, areaRow);
    form->addRow(tr("&Difference paid by:"), m_method);
    form->addRow(tr("Cash &tendered:"), m_tendered);
    form->addRow(tr("&Reason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_difference);
    layout->addWidget(buttons);

    connect(m_show, &QComboBox::currentIndexChanged, this, &ExchangeDialog::loadSeats);
    connect(m_seats, &QListWidget::itemSelectionChanged, this, &ExchangeDialog::update);
    connect(m_category, &QComboBox::currentIndexChanged, this, &ExchangeDialog::filterSeats);
    connect(m_best, &QPushButton::clicked, this, &ExchangeDialog::selectBestAvailable);
    connect(m_method, &QComboBox::currentIndexChanged, this, &ExchangeDialog::update);
    connect(m_reason, &QLineEdit::textChanged, this, &ExchangeDialog::update);
    connect(m_tendered, &QLineEdit::textChanged, this, &ExchangeDialog::update);
    connect(m_area, &QComboBox::currentIndexChanged, this, &ExchangeDialog::areaChanged);
    connect(m_quantity, &QSpinBox::valueChanged, this, &ExchangeDialog::update);
    m_seats->setFocus();
    loadSeats();
}

qint64 ExchangeDialog::targetShowId() const
{
    return m_show->currentData().toLongLong();
}

void ExchangeDialog::loadSeats()
{
    const qint64 showId = targetShowId();
    const quint64 request = ++m_request;
    m_loading = true;
    m_seats->clear();
    m_prices.clear();
    m_areaPrices.clear();
    {
        const QSignalBlocker blocker(m_category);
        m_category->clear();
        m_category->addItem(tr("Any category"), QString());
    }
    {
        const QSignalBlocker blocker(m_area);
        m_area->clear();
        m_area->addItem(tr("None: the seats chosen above"), QString());
    }
    areaChanged();
    if (showId <= 0)
        return;
    m_service
        ->run([showId](InventoryEngine &engine) {
            return OrderOperations::exchangeTarget(engine.store(), showId, engine.clock().nowMs());
        })
        .then(this, [this, request](const Result<ExchangeTarget> &target) {
            if (request != m_request)
                return; // another show was picked meanwhile
            m_loading = false;
            if (!target) {
                m_difference->setText(tr("Could not read the free seats: %1").arg(target.error().message));
                m_ok->setEnabled(false);
                emit seatsLoaded();
                return;
            }
            for (const SeatState &seat : target->seats) {
                const qint64 price = target->show.prices.value(seat.categoryId, -1);
                if (price < 0)
                    continue; // a category without a price at this show is not on sale
                m_prices.insert(seat.seatId, price);
                auto *item = new QListWidgetItem(
                    tr("%1 · %2 · %3")
                        .arg(tr("%1 · Row %2 · Seat %3").arg(seat.section, seat.row, seat.label),
                             target->categoryNames.value(seat.categoryId, seat.categoryId),
                             MoneyText::format({price, target->show.currency})),
                    m_seats);
                item->setData(Qt::UserRole, seat.seatId);
                item->setData(Qt::UserRole + 1, seat.categoryId);
            }
            {
                const QSignalBlocker blocker(m_area);
                for (const GaAreaState &area : target->areas) {
                    const qint64 price = target->show.prices.value(area.categoryId);
                    m_areaPrices.insert(area.areaId, price);
                    m_area->addItem(tr("%1 · %2 each · %n free", nullptr, area.available)
                                        .arg(area.name.isEmpty() ? area.areaId : area.name,
                                             MoneyText::format({price, target->show.currency})),
                                    area.areaId);
                    m_area->setItemData(m_area->count() - 1, area.available, Qt::UserRole + 1);
                }
            }
            {
                const QSignalBlocker blocker(m_category);
                for (auto it = target->categoryNames.cbegin(); it != target->categoryNames.cend(); ++it) {
                    if (target->show.prices.contains(it.key()))
                        m_category->addItem(
                            tr("%1 (%2)").arg(it.value(),
                                              MoneyText::format({target->show.prices.value(it.key()),
                                                                 target->show.currency})),
                            it.key());
                }
            }
            update();
            emit seatsLoaded();
        });
}

void ExchangeDialog::filterSeats()
{
    const QString category = m_category->currentData().toString();
    for (int i = 0; i < m_seats->count(); ++i) {
        QListWidgetItem *item = m_seats->item(i);
        const bool shown = category.isEmpty() || item->data(Qt::UserRole + 1).toString() == category;
        item->setHidden(!shown);
        if (!shown)
            item->setSelected(false);
    }
}

void ExchangeDialog::selectBestAvailable()
{
    const qint64 showId = targetShowId();
    const quint64 request = m_request;
    BestAvailableRequest best;
    best.categoryId = m_category->currentData().toString();
    best.quantity = int(m_itemIds.size());
    m_best->setEnabled(false);
    m_service
        ->run([showId, best](InventoryEngine &engine) {
            return OrderOperations::bestSeats(engine.store(), showId, best, engine.clock().nowMs());
        })
        .then(this, [this, request](const Result<QStringList> &seats) {
            m_best->setEnabled(selectedArea().isEmpty());
            if (request != m_request)
                return; // another show was picked meanwhile
            if (!seats || seats->isEmpty()) {
                m_difference->setText(seats ? tr("No seats side by side are free in this category.")
                                            : tr("Could not pick seats: %1").arg(seats.error().message));
                emit bestAvailableSelected(false);
                return;
            }
            const bool all = selectSeats(*seats);
            if (const auto selected = m_seats->selectedItems(); !selected.isEmpty())
                m_seats->scrollToItem(selected.first());
            emit bestAvailableSelected(all);
        });
}

QStringList ExchangeDialog::selectedSeats() const
{
    QStringList seats;
    for (int i = 0; i < m_seats->count(); ++i) {
        if (m_seats->item(i)->isSelected())
            seats << m_seats->item(i)->data(Qt::UserRole).toString();
    }
    return seats;
}

QString ExchangeDialog::selectedArea() const
{
    return m_area->currentData().toString();
}

void ExchangeDialog::areaChanged()
{
    // Standing places or seats: one or the other.
    const bool standing = !selectedArea().isEmpty();
    m_seats->setEnabled(!standing);
    m_category->setEnabled(!standing);
    m_best->setEnabled(!standing);
    m_quantity->setEnabled(standing);
    if (standing) {
        const int free = m_area->currentData(Qt::UserRole + 1).toInt();
        const int wanted = int(m_itemIds.size());
        m_quantity->setRange(1, std::max(1, std::min(free, std::max(wanted, 20))));
        m_quantity->setValue(std::min(wanted, free));
    }
    update();
}

bool ExchangeDialog::selectArea(const QString &areaId, int quantity)
{
    const int index = m_area->findData(areaId);
    if (index < 0)
        return false;
    m_area->setCurrentIndex(index);
    if (quantity < m_quantity->minimum() || quantity > m_quantity->maximum())
        return false;
    m_quantity->setValue(quantity);
    return true;
}

std::optional<qint64> ExchangeDialog::tendered() const
{
    if (m_tendered->text().trimmed().isEmpty())
        return -1;
    return MoneyText::parse(m_tendered->text(), m_order.currency);
}

std::optional<qint64> ExchangeDialog::changeMinor() const
{
    const qint64 difference = differenceMinor();
    const auto cash = tendered();
    if (difference <= 0 || Payment::Method(m_method->currentData().toInt()) != Payment::Method::Cash ||
        !cash || *cash < difference)
        return std::nullopt;
    return *cash - difference;
}

bool ExchangeDialog::selectSeats(const QStringList &seatIds)
{
    int found = 0;
    for (int i = 0; i < m_seats->count(); ++i) {
        const bool wanted = seatIds.contains(m_seats->item(i)->data(Qt::UserRole).toString());
        m_seats->item(i)->setSelected(wanted);
        found += wanted ? 1 : 0;
    }
    return found == seatIds.size();
}

qint64 ExchangeDialog::differenceMinor() const
{
    qint64 wanted = 0;
    if (const QString area = selectedArea(); !area.isEmpty()) {
        wanted = m_areaPrices.value(area) * m_quantity->value();
    } else {
        for (const QString &seat : selectedSeats())
            wanted += m_prices.value(seat);
    }
    return wanted - m_returnedMinor;
}

QString ExchangeDialog::differenceText() const
{
    return m_difference->text();
}

ExchangeRequest ExchangeDialog::request() const
{
    ExchangeRequest request;
    request.orderId = m_order.id;
    request.itemIds = m_itemIds;
    request.target.showId = targetShowId();
    if (const QString area = selectedArea(); !area.isEmpty())
        request.target.ga = {{area, m_quantity->value()}};
    else
        request.target.seatIds = selectedSeats();
    // How a difference is paid only matters when there is one to pay (a comp chosen and then undone must
    // not ask for a reason).
    request.method =
        differenceMinor() > 0 ? Payment::Method(m_method->currentData().toInt()) : Payment::Method::Cash;
    request.reason = m_reason->text().trimmed();
    if (request.method == Payment::Method::Cash && differenceMinor() > 0)
        request.tenderedMinor = tendered().value_or(-1);
    return request;
}

void ExchangeDialog::update()
{
    const int wanted = int(m_itemIds.size());
    const bool standing = !selectedArea().isEmpty();
    const int chosen = standing ? m_quantity->value() : int(selectedSeats().size());
    const bool complete = standing ? chosen > 0 : chosen == wanted;
    const qint64 difference = differenceMinor();
    const auto method = Payment::Method(m_method->currentData().toInt());
    const bool more = complete && difference > 0;
    m_method->setEnabled(more);
    m_reason->setEnabled(more && method == Payment::Method::Comp);
    m_tendered->setEnabled(more && method == Payment::Method::Cash);
    QString text;
    bool ready = complete && !m_loading;
    if (m_loading) {
        text = tr("Reading the free seats…");
    } else if (!complete) {
        text = tr("Choose %n new seat(s), one for each ticket given back (%1 chosen), or standing places.",
                  nullptr, wanted)
                   .arg(chosen);
    } else if (difference > 0) {
        text = tr("The customer pays %1 more (%2).")
                   .arg(MoneyText::format({difference, m_order.currency}), OrderText::paymentMethod(method));
        if (method == Payment::Method::Comp && m_reason->text().trimmed().isEmpty()) {
            text += QLatin1Char(' ') + tr("A complimentary difference needs a reason.");
            ready = false;
        } else if (method == Payment::Method::Cash) {
            const auto cash = tendered();
            if (!cash) {
                text += QLatin1Char(' ') + tr("“%1” is not an amount.").arg(m_tendered->text());
                ready = false;
            } else if (*cash >= 0 && *cash < difference) {
                text +=
                    QLatin1Char(' ') + tr("%1 tendered is %2 short.")
                                           .arg(MoneyText::format({*cash, m_order.currency}),
                                                MoneyText::format({difference - *cash, m_order.currency}));
                ready = false;
            } else if (*cash >= 0) {
                text +=
                    QLatin1Char(' ') + tr("Tendered %1: give %2 change.")
                                           .arg(MoneyText::format({*cash, m_order.currency}),
                                                MoneyText::format({*cash - difference, m_order.currency}));
            }
        }
    } else if (difference < 0) {
        QStringList parts;
        for (const RefundShare &share : OrderOperations::refundShares(m_order, -difference))
            parts << tr("%1 %2").arg(OrderText::paymentMethod(share.method),
                                     MoneyText::format({share.amountMinor, share.currency}));
        text = tr("The customer gets %1 back, to the original payments: %2.")
                   .arg(MoneyText::format({-difference, m_order.currency}), parts.join(QStringLiteral(", ")));
    } else {
        text = tr("Same price: nothing to pay or refund.");
    }
    m_difference->setText(text);
    m_ok->setEnabled(ready);
}

} // namespace Parterre
