#pragma once

#include "model/result.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QTimer;

namespace Parterre {

class SeatMapDocument;

// Keeps a recovery copy of a document with unsaved changes: every interval, written to a file named after
// the document's file in a recovery folder (QStandardPaths::AppDataLocation/recovery unless set otherwise),
// removed again when the document is saved or closed cleanly. After a crash the copy is still there, and
// recoveryFileFor() finds it when the same file (or an untitled map) is opened again.
class EditorAutosave final : public QObject
{
    Q_OBJECT

public:
    explicit EditorAutosave(QObject *parent = nullptr);

    static QString defaultDirectory();
    QString directory() const { return m_directory; }
    void setDirectory(const QString &directory);
    int intervalMs() const;
    void setIntervalMs(int ms);

    void setDocument(SeatMapDocument *document);
    // Where the recovery copy of a map saved as fileName (empty: an untitled one) goes.
    QString recoveryPath(const QString &fileName) const;
    // The recovery copy for fileName when there is one and it is newer than the file itself; empty if not.
    QString recoveryFileFor(const QString &fileName) const;

    // Writes the recovery copy now if the document has unsaved changes (what the timer does).
    Result<Done> saveNow();
    // Removes the document's recovery copy: it was saved, or its changes were thrown away on purpose.
    void discard();

signals:
    void saved(const QString &path);
    void failed(const QString &message);

private:
    QString m_directory;
    QTimer *m_timer;
    QPointer<SeatMapDocument> m_document;
    QString m_lastPath; // the copy written last, so a Save As moves on from the old name's copy
};

} // namespace Parterre
