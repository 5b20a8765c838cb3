#pragma once

#include "saleoperations.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;

namespace Parterre {

class HoldCodeSelector;
class SeatMapView;

// The show the counter sells from: its title and seat counts, where the seats come from (on sale or kept
// under a hold code), the quantity and category the clerk asks for, and the seat map to pick seats on.
class ShowPanel final : public QWidget
{
    Q_OBJECT

public:
    // What best available looks for: a category (empty: any), or standing places in a GA area.
    struct Choice
    {
        QString label;
        QString categoryId;
        QString gaAreaId; // set: standing places by quantity
    };

    explicit ShowPanel(QWidget *parent = nullptr);

    SeatMapView *seatView() const { return m_seatView; }
    HoldCodeSelector *sellFrom() const { return m_sellFrom; }
    int quantity() const;
    void setQuantity(int quantity);
    Choice choice() const;
    void nextChoice();
    // A new sale: two seats, any category, seats on sale, nothing selected, the keys on the map.
    void reset();
    void setLoading();
    // A fresh read of the show. categoryNames: its seat map's; newShow rebuilds the category choices.
    void setShow(const CounterShow &data, const QHash<QString, QString> &categoryNames, bool newShow);

signals:
    void bestAvailableRequested(bool wheelchair);
    void addSelectionRequested();

private:
    void updateSummary();
    void updateChoices(const CounterShow &data, const QHash<QString, QString> &categoryNames);

    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    HoldCodeSelector *m_sellFrom = nullptr;
    QSpinBox *m_quantity = nullptr;
    QComboBox *m_choice = nullptr;
    SeatMapView *m_seatView = nullptr;
    QList<Choice> m_choices;
};

} // namespace Parterre
