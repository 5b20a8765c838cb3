#include "showpicker.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Parterre {

namespace {

constexpr int ShowIdRole = Qt::UserRole;

QDateTime localStart(const Show &show)
{
    QTimeZone zone(show.timeZone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    return QDateTime::fromMSecsSinceEpoch(show.startsAtMs, zone);
}

// 0: today, 1: to come, 2: past.
int group(const Show &show, const QDate &today)
{
    const QDate day = localStart(show).date();
    if (day == today)
        return 0;
    return day > today ? 1 : 2;
}

} // namespace

ShowPicker::ShowPicker(QWidget *parent)
    : QWidget(parent)
{
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("showSearch"));
    m_search->setPlaceholderText(tr("Search event, performer, venue, city, date (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &ShowPicker::rebuild);
    // Enter in the search field picks the first match, so the clerk need not reach for the mouse.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        const QList<qint64> ids = visibleShowIds();
        if (!ids.isEmpty()) {
            setCurrentShow(ids.first());
            emit showChosen(ids.first());
        }
    });

    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("showList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("When"), tr("Event"), tr("Free")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { emit showChosen(item->data(0, ShowIdRole).toLongLong()); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            emit showChosen(item->data(0, ShowIdRole).toLongLong());
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
}

QString ShowPicker::whenText(const Show &show)
{
    const QDateTime at = localStart(show);
    //: A show's start in the counter's show list (QDateTime format)
    return QLocale().toString(at, tr("ddd d MMM, HH:mm"));
}

bool ShowPicker::matches(const Show &show, const Event &event, const QString &filter)
{
    const QDateTime at = localStart(show);
    const QLocale locale;
    // Everything a clerk might type: names, places, and the date in a few spellings.
    const QString haystack = QStringList{show.eventName,
                                         event.performer,
                                         show.venueName,
                                         show.city,
                                         at.date().toString(Qt::ISODate),
                                         locale.toString(at, QStringLiteral("d MMMM yyyy dddd")),
                                         locale.toString(at, QStringLiteral("d MMM ddd")),
                                         locale.toString(at.date(), QLocale::ShortFormat),
                                         at.toString(QStringLiteral("d.M.yyyy d/M/yyyy HH:mm"))}
                                 .join(QLatin1Char(' '));
    const QStringList words = filter.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return std::all_of(words.cbegin(), words.cend(), [&haystack](const QString &word) {
        return haystack.contains(word, Qt::CaseInsensitive);
    });
}

bool ShowPicker::showsBefore(const Show &a, const Show &b, const QDate &today)
{
    const int groupA = group(a, today);
    const int groupB = group(b, today);
    if (groupA != groupB)
        return groupA < groupB;
    // Past shows: the most recent first.
    return groupA == 2 ? a.startsAtMs > b.startsAtMs : a.startsAtMs < b.startsAtMs;
}

void ShowPicker::setCatalogue(const QList<Event> &events, const QList<Show> &shows, const QDate &today)
{
    m_events.clear();
    for (const Event &event : events)
        m_events.insert(event.id, event);
    m_today = today;
    m_shows = shows;
    std::stable_sort(m_shows.begin(), m_shows.end(),
                     [&today](const Show &a, const Show &b) { return showsBefore(a, b, today); });
    rebuild();
}

void ShowPicker::setFilterText(const QString &text)
{
    m_search->setText(text);
}

QString ShowPicker::filterText() const
{
    return m_search->text();
}

void ShowPicker::fillItem(QTreeWidgetItem *item, const Show &show) const
{
    const Event event = m_events.value(show.eventId);
    item->setText(0, whenText(show));
    item->setText(1, show.eventName);
    item->setText(2, QLocale().toString(show.availableCount));
    item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    item->setData(0, ShowIdRole, show.id);
    const QString tip = tr("%1\n%2\n%3, %4").arg(show.eventName, event.performer, show.venueName, show.city);
    for (int column = 0; column < 3; ++column)
        item->setToolTip(column, tip.trimmed());
    QFont font = item->font(0);
    font.setBold(group(show, m_today) == 0);
    item->setFont(0, font);
    item->setForeground(0, group(show, m_today) == 2 ? m_list->palette().brush(QPalette::PlaceholderText)
                                                     : m_list->palette().brush(QPalette::Text));
}

void ShowPicker::rebuild()
{
    const qint64 current = currentShowId();
    const QString filter = m_search->text().trimmed();
    QList<const Show *> listed;
    for (const Show &show : m_shows) {
        if (filter.isEmpty() || matches(show, m_events.value(show.eventId), filter))
            listed.append(&show);
    }
    // Same rows as before: refresh the texts in place, keeping the selection and scrolling.
    bool sameRows = listed.size() == m_list->topLevelItemCount();
    for (int i = 0; sameRows && i < listed.size(); ++i)
        sameRows = m_list->topLevelItem(i)->data(0, ShowIdRole).toLongLong() == listed.at(i)->id;
    const QSignalBlocker blocker(m_list);
    if (!sameRows) {
        m_list->clear();
        for (qsizetype i = 0; i < listed.size(); ++i)
            new QTreeWidgetItem(m_list);
    }
    for (int i = 0; i < listed.size(); ++i) {
        fillItem(m_list->topLevelItem(i), *listed.at(i));
        if (listed.at(i)->id == current)
            m_list->setCurrentItem(m_list->topLevelItem(i));
    }
}

qint64 ShowPicker::currentShowId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, ShowIdRole).toLongLong() : 0;
}

void ShowPicker::setCurrentShow(qint64 showId)
{
    const QSignalBlocker blocker(m_list);
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, ShowIdRole).toLongLong() == showId) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return;
        }
    }
}

QList<qint64> ShowPicker::visibleShowIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        ids.append(m_list->topLevelItem(i)->data(0, ShowIdRole).toLongLong());
    return ids;
}

qint64 ShowPicker::firstShowId() const
{
    for (const Show &show : m_shows) {
        if (group(show, m_today) != 2)
            return show.id;
    }
    return m_shows.isEmpty() ? 0 : m_shows.first().id;
}

} // namespace Parterre
