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
    ~EditorAutosave() override;

    static QString defaultDirectory();
    QString directory() const { return m_directory; }
    void setDirectory(const QString &directory);
    int intervalMs() const;
    void setIntervalMs(int ms);

    void setDocument(SeatMapDocument *document);
    // Where the recovery copy of a map saved as fileName goes. Untitled maps (empty fileName) each get a copy
    // of their own, named after the process and the editor, so that two new maps never share one.
    QString recoveryPath(const QString &fileName) const;
    // The recovery copy for fileName when there is one and it is newer than the file itself; for an untitled
    // map, the newest untitled copy that no open editor of this process is keeping. Empty if none.
    QString recoveryFileFor(const QString &fileName) const;

    // Writes the recovery copy now if the document has unsaved changes.
    Result<Done> saveNow();
    // What the timer does: the same, with the map written to JSON on a worker thread (a large map takes a
    // while) and the file written when that is done, unless the document was saved or discarded meanwhile.
    void saveInBackground();
    // Removes the document's recovery copy: it was saved, or its changes were thrown away on purpose.
    void discard();

signals:
    void saved(const QString &path);
    void failed(const QString &message);
    // A background write came to an end: written (saved() came first), failed, or dropped as unwanted.
    void backgroundWriteFinished();

private:
    Result<Done> writeCopy(const QByteArray &json);

    QString m_directory;
    QString m_untitledName;
    QTimer *m_timer;
    QPointer<SeatMapDocument> m_document;
    QString m_lastPath;   // the copy written last, so a Save As moves on from the old name's copy
    int m_generation = 0; // counts discards and documents: a background write from before one is dropped
    bool m_writing = false;
};

} // namespace Parterre
