#pragma once

#include "inventory/inventoryservice.h"
#include "model/error.h"

#include <QPointer>
#include <QWidget>

#include <type_traits>

class QLabel;

namespace Parterre {

// What the end-of-day pages share: the counter's InventoryService (its thread, its logged-in clerk), the
// clerk's name for a counter without users, jobs counted while they run, and one message line.
class EndOfDayPanel : public QWidget
{
    Q_OBJECT

public:
    EndOfDayPanel(InventoryService *service, QWidget *parent = nullptr);

    bool isBusy() const { return m_jobs > 0; }
    QString message() const;
    // The counter's clerk: whose drawer this is when the store has no users (nobody logs in).
    void setClerk(const QString &clerk) { m_clerk = clerk; }
    QString clerk() const { return m_clerk; }
    virtual void refresh() = 0;

signals:
    void busyChanged(bool busy);
    // A refused or failed call, as the message line shows it.
    void failed(const QString &message);

protected:
    QLabel *messageLabel() const { return m_message; }
    void showMessage(const QString &text, bool warning);
    void showError(const Error &error);

    // Runs job(engine) on the store's thread; done(result) lands on this panel's (the GUI) thread.
    template<typename F, typename Done>
    void runJob(F &&job, Done &&done)
    {
        using R = std::invoke_result_t<F, InventoryEngine &>;
        if (!m_service) {
            showError(Error::storage(tr("The counter's store is closed.")));
            return;
        }
        if (m_jobs++ == 0)
            emit busyChanged(true);
        m_service->run(std::forward<F>(job))
            .then(this, [this, done = std::forward<Done>(done)](R result) mutable {
                done(std::move(result));
                if (--m_jobs == 0)
                    emit busyChanged(false);
            });
    }

private:
    QPointer<InventoryService> m_service;
    QLabel *m_message = nullptr;
    QString m_clerk;
    int m_jobs = 0;
};

} // namespace Parterre
