#pragma once

#include "boxoffice/saledocuments.h"
#include "model/catalog.h"
#include "model/inventory.h"
#include "model/payments.h"
#include "model/result.h"
#include "orderoperations.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace Parterre {

class InventoryService;

// The orders window at the counter: find an order by number, customer name or email, or ticket code (as
// you type, on the service's thread), see its tickets and payments, reprint them, refund the whole order or
// chosen tickets, and exchange tickets for other seats. Every store call goes through the counter's
// InventoryService, so the logged-in clerk's role is checked by the engine.
class OrdersWindow final : public QDialog
{
    Q_OBJECT

public:
    static constexpr int SearchDelayMs = 250;

    explicit OrdersWindow(InventoryService *service, QWidget *parent = nullptr);

    // Types the query into the search field (the search follows after SearchDelayMs).
    void setQuery(const QString &query);
    QString query() const;
    const QList<OrderSummary> &results() const { return m_results; }
    // Selects an order of the results and reads its details.
    bool selectOrder(qint64 orderId);
    const std::optional<OrderDetails> &details() const { return m_details; }
    // Ticks or unticks an item of the shown order (the tickets a refund or exchange takes).
    bool setItemChecked(qint64 itemId, bool checked);
    QList<qint64> checkedItems() const;
    bool isBusy() const { return m_jobs > 0; }
    // Searches sent to the store so far (typing debounces: a burst of keys sends one).
    int searchesSent() const { return m_searchesSent; }
    // The last message shown above the details (an error, a refusal, what a refund did).
    QString message() const;

    // What the dialogs ask for, run on the service's thread under a fresh idempotency key; the details and
    // results refresh when the answer lands.
    void refund(const RefundRequest &request);
    void exchange(const ExchangeRequest &request);

    // The same as the buttons, without their file dialog.
    Result<int> saveTicketsPdf(const QString &path) const;
    Result<int> saveReceiptPdf(const QString &path) const;

signals:
    void resultsChanged();
    void detailsChanged();
    // A refund or exchange answered: ok, and the message shown.
    void operationFinished(bool ok, const QString &message);

private:
    template<typename F, typename Done>
    void runJob(F &&job, Done &&done);
    void createWidgets();
    void createActions();
    void search();
    void showResults(const OrderSearch &found);
    void loadDetails(qint64 orderId);
    void showDetails();
    void updateButtons();
    void showMessage(const QString &text, bool warning);
    QString showTitle(qint64 showId) const;
    QList<qint64> chosenOrActiveItems() const;

    void askRefund();
    void askExchange();
    SaleDocuments documents() const;
    void printTickets();
    void saveTickets();
    void printReceipt();

    InventoryService *m_service = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QTreeWidget *m_resultsList = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_message = nullptr;
    QTreeWidget *m_items = nullptr;
    QTreeWidget *m_payments = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_savePdf = nullptr;
    QPushButton *m_receipt = nullptr;
    QPushButton *m_refund = nullptr;
    QPushButton *m_exchange = nullptr;

    QList<OrderSummary> m_results;
    QHash<qint64, Show> m_shows;
    std::optional<OrderDetails> m_details;
    quint64 m_searchRequest = 0;
    quint64 m_detailsRequest = 0;
    int m_jobs = 0;
    int m_searchesSent = 0;
    bool m_operating = false;
};

} // namespace Parterre
