#include "showpanel.h"

#include "houseseats/holdcodeselector.h"
#include "moneytext.h"
#include "seatmap/seatmapview.h"
#include "showpicker.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace Parterre {

namespace {

constexpr int MaxQuantity = 20;

QString showTitle(const Show &show)
{
    return ShowPanel::tr("%1 — %2 · %3, %4")
        .arg(show.eventName, ShowPicker::whenText(show), show.venueName, show.city);
}

} // namespace

ShowPanel::ShowPanel(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(tr("No show selected"));
    m_title->setObjectName(QStringLiteral("showTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("summary"));

    m_seatView = new SeatMapView;
    m_seatView->setObjectName(QStringLiteral("seatView"));
    m_seatView->setPlaceholderText(tr("Pick a show on the left."));
    m_seatView->setFocusPolicy(Qt::StrongFocus);

    m_quantity = new QSpinBox;
    m_quantity->setObjectName(QStringLiteral("quantity"));
    m_quantity->setRange(1, MaxQuantity);
    m_quantity->setValue(2);
    m_quantity->setFocusPolicy(Qt::ClickFocus);
    m_choice = new QComboBox;
    m_choice->setObjectName(QStringLiteral("category"));
    m_choice->setFocusPolicy(Qt::ClickFocus);
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_choice->setMinimumContentsLength(16);
    auto *best = new QPushButton(tr("&Best available (B)"));
    best->setObjectName(QStringLiteral("bestAvailable"));
    best->setFocusPolicy(Qt::NoFocus);
    connect(best, &QPushButton::clicked, this, [this] { emit bestAvailableRequested(false); });
    auto *wheelchair = new QPushButton(tr("&Wheelchair (W)"));
    wheelchair->setToolTip(tr("A wheelchair space with its companion seat"));
    wheelchair->setObjectName(QStringLiteral("wheelchair"));
    wheelchair->setFocusPolicy(Qt::NoFocus);
    connect(wheelchair, &QPushButton::clicked, this, [this] { emit bestAvailableRequested(true); });
    auto *add = new QPushButton(tr("&Add selected (A)"));
    add->setToolTip(tr("Hold the seats selected on the map (click, Ctrl+click, Shift+drag)"));
    add->setObjectName(QStringLiteral("addSelection"));
    add->setFocusPolicy(Qt::NoFocus);
    connect(add, &QPushButton::clicked, this, &ShowPanel::addSelectionRequested);

    auto *tools = new QHBoxLayout;
    tools->addWidget(new QLabel(tr("Qty (1–9):")));
    tools->addWidget(m_quantity);
    tools->addWidget(new QLabel(tr("Category (C):")));
    tools->addWidget(m_choice);
    tools->addWidget(best);
    tools->addWidget(wheelchair);
    tools->addWidget(add);
    tools->addStretch(1);

    m_sellFrom = new HoldCodeSelector;
    m_sellFrom->setObjectName(QStringLiteral("holdCodeSelector"));
    connect(m_sellFrom, &HoldCodeSelector::codesLoaded, this, [this] {
        QHash<QString, QString> names;
        for (const HoldCode &code : m_sellFrom->codes())
            names.insert(code.code, code.name);
        m_seatView->setHoldCodeNames(names);
    });
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_sellFrom);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(summaryRow);
    layout->addLayout(tools);
    layout->addWidget(m_seatView, 1);
}

int ShowPanel::quantity() const
{
    return m_quantity->value();
}

void ShowPanel::setQuantity(int quantity)
{
    m_quantity->setValue(quantity);
}

ShowPanel::Choice ShowPanel::choice() const
{
    return m_choices.value(m_choice->currentIndex());
}

void ShowPanel::nextChoice()
{
    if (m_choice->count() > 0)
        m_choice->setCurrentIndex((m_choice->currentIndex() + 1) % m_choice->count());
}

void ShowPanel::reset()
{
    m_quantity->setValue(2);
    m_sellFrom->reset(); // every sale starts on sale
    if (m_choice->count() > 0)
        m_choice->setCurrentIndex(0);
    m_seatView->clearSelection();
    m_seatView->setFocus(Qt::OtherFocusReason);
}

void ShowPanel::setLoading()
{
    m_summary->setText(tr("Loading…"));
}

void ShowPanel::setShow(const CounterShow &data, const QHash<QString, QString> &categoryNames, bool newShow)
{
    if (data.map)
        m_seatView->setSeatMap(*data.map);
    m_seatView->setPrices(data.show.prices, data.show.currency);
    m_seatView->setStates(data.seats, data.gaAreas);
    m_title->setText(showTitle(data.show));
    updateSummary();
    if (newShow || m_choices.isEmpty())
        updateChoices(data, categoryNames);
    if (newShow && !m_seatView->hasFocus() && !QApplication::focusWidget())
        m_seatView->setFocus(Qt::OtherFocusReason);
}

void ShowPanel::updateChoices(const CounterShow &data, const QHash<QString, QString> &categoryNames)
{
    m_choices.clear();
    m_choices.append({tr("Any category"), QString(), QString()});
    QStringList ids = categoryNames.keys();
    std::sort(ids.begin(), ids.end(), [&data](const QString &a, const QString &b) {
        return data.show.prices.value(a) > data.show.prices.value(b);
    });
    QSet<QString> seated;
    for (const SeatState &seat : data.seats)
        seated.insert(seat.categoryId);
    for (const QString &id : ids) {
        if (seated.contains(id))
            m_choices.append(
                {tr("%1 · %2").arg(categoryNames.value(id),
                                   MoneyText::format({data.show.prices.value(id), data.show.currency})),
                 id, QString()});
    }
    for (const GaAreaState &area : data.gaAreas) {
        m_choices.append({tr("%1 (standing) · %2")
                              .arg(area.name, MoneyText::format({data.show.prices.value(area.categoryId),
                                                                 data.show.currency})),
                          area.categoryId, area.areaId});
    }

    const QSignalBlocker blocker(m_choice);
    m_choice->clear();
    for (const Choice &choice : std::as_const(m_choices))
        m_choice->addItem(choice.label);
    m_choice->setCurrentIndex(0);
}

void ShowPanel::updateSummary()
{
    const SeatMapView::Counts counts = m_seatView->counts();
    QString text =
        tr("%L1 available · %L2 held · %L3 sold").arg(counts.available).arg(counts.held).arg(counts.sold);
    if (counts.gaCapacity > 0)
        text += QStringLiteral(" · ") +
                tr("standing: %L1 of %L2 free").arg(counts.gaAvailable).arg(counts.gaCapacity);
    m_summary->setText(text);
}

} // namespace Parterre
