#pragma once

#include "model/catalog.h"

#include <QDate>
#include <QHash>
#include <QWidget>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace Parterre {

// The counter's show list: a search field (event, performer, venue, city or date) over the store's shows,
// today's shows first, then the coming ones, then those already past.
class ShowPicker final : public QWidget
{
    Q_OBJECT

public:
    explicit ShowPicker(QWidget *parent = nullptr);

    // today: the local date the "today first" rule uses (a show counts as today in its venue's zone).
    void setCatalogue(const QList<Event> &events, const QList<Show> &shows, const QDate &today);
    void setFilterText(const QString &text);
    QString filterText() const;
    QLineEdit *searchField() const { return m_search; }

    qint64 currentShowId() const;
    void setCurrentShow(qint64 showId);
    // The shows listed now (after the filter), top to bottom.
    QList<qint64> visibleShowIds() const;
    // The first listed show: today's next, or the next one to come.
    qint64 firstShowId() const;

    // Whether a show matches every word of a search ("bach leipzig 14 mar").
    static bool matches(const Show &show, const Event &event, const QString &filter);
    // Sorting key: today's shows first, then future, then past; by start within each group.
    static bool showsBefore(const Show &a, const Show &b, const QDate &today);
    static QString whenText(const Show &show);

signals:
    void showChosen(qint64 showId);

private:
    void rebuild();
    void fillItem(QTreeWidgetItem *item, const Show &show) const;

    QLineEdit *m_search = nullptr;
    QTreeWidget *m_list = nullptr;
    QList<Show> m_shows; // sorted
    QHash<qint64, Event> m_events;
    QDate m_today;
};

} // namespace Parterre
