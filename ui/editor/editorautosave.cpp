#include "editorautosave.h"

#include "seatmap/seatmapformat.h"
#include "seatmapdocument.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace Parterre {

using namespace Qt::StringLiterals;

namespace {

constexpr int kDefaultIntervalMs = 60'000;

// The untitled copies the editors of this process keep (GUI thread only).
QSet<QString> &liveUntitledNames()
{
    static QSet<QString> names;
    return names;
}

} // namespace

EditorAutosave::EditorAutosave(QObject *parent)
    : QObject(parent)
    , m_directory(defaultDirectory())
    , m_timer(new QTimer(this))
{
    static int editors = 0;
    m_untitledName = u"untitled-"_s + QString::number(QCoreApplication::applicationPid()) + u'-' +
                     QString::number(++editors) + u".seatmap.json"_s;
    liveUntitledNames().insert(m_untitledName);
    m_timer->setInterval(kDefaultIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &EditorAutosave::saveInBackground);
    m_timer->start();
}

EditorAutosave::~EditorAutosave()
{
    liveUntitledNames().remove(m_untitledName);
}

QString EditorAutosave::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/recovery"_s;
}

void EditorAutosave::setDirectory(const QString &directory)
{
    m_directory = directory;
}

int EditorAutosave::intervalMs() const
{
    return m_timer->interval();
}

void EditorAutosave::setIntervalMs(int ms)
{
    m_timer->setInterval(ms);
}

void EditorAutosave::setDocument(SeatMapDocument *document)
{
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    m_lastPath.clear();
    ++m_generation;
    // Undone back to what is saved: a recovery copy would only offer stale changes.
    if (document) {
        connect(document, &SeatMapDocument::modifiedChanged, this, [this](bool modified) {
            if (!modified)
                discard();
        });
    }
}

QString EditorAutosave::recoveryPath(const QString &fileName) const
{
    if (fileName.isEmpty())
        return m_directory + u'/' + m_untitledName;
    // One copy per file, named so that two files called the same in different folders do not meet.
    const QString absolute = QFileInfo(fileName).absoluteFilePath();
    const QByteArray hash =
        QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    return m_directory + u'/' + QFileInfo(fileName).completeBaseName() + u'-' + QString::fromLatin1(hash) +
           u".seatmap.json"_s;
}

QString EditorAutosave::recoveryFileFor(const QString &fileName) const
{
    if (fileName.isEmpty()) {
        const QFileInfoList copies =
            QDir(m_directory).entryInfoList({u"untitled-*.seatmap.json"_s}, QDir::Files, QDir::Time);
        for (const QFileInfo &copy : copies) {
            if (!liveUntitledNames().contains(copy.fileName()))
                return copy.absoluteFilePath();
        }
        return {};
    }
    const QFileInfo copy(recoveryPath(fileName));
    if (!copy.exists())
        return {};
    const QFileInfo original(fileName);
    if (original.exists() && original.lastModified() > copy.lastModified())
        return {};
    return copy.absoluteFilePath();
}

Result<Done> EditorAutosave::saveNow()
{
    if (!m_document || !m_document->isModified())
        return Done{};
    return writeCopy(m_document->json());
}

void EditorAutosave::saveInBackground()
{
    if (!m_document || !m_document->isModified() || m_writing)
        return;
    m_writing = true;
    auto *watcher = new QFutureWatcher<QByteArray>(this);
    connect(watcher, &QFutureWatcher<QByteArray>::finished, this, [this, watcher, generation = m_generation] {
        watcher->deleteLater();
        m_writing = false;
        // Saved, discarded, another document, or undone to clean: the copy is not wanted (any more).
        if (generation == m_generation && m_document && m_document->isModified()) {
            if (const Result<Done> done = writeCopy(watcher->result()); !done)
                emit failed(done.error().message);
        }
        emit backgroundWriteFinished();
    });
    // The map is implicitly shared: the copy costs nothing, and edits meanwhile detach from it.
    watcher->setFuture(QtConcurrent::run([map = m_document->map()] { return SeatMapFormat::write(map); }));
}

Result<Done> EditorAutosave::writeCopy(const QByteArray &data)
{
    const QString path = recoveryPath(m_document->fileName());
    if (!QDir().mkpath(m_directory)) {
        return Error::storage(
            QCoreApplication::translate("EditorAutosave", "Cannot create the recovery folder %1.")
                .arg(m_directory));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        return Error::storage(
            QCoreApplication::translate("EditorAutosave", "Cannot write the recovery copy %1: %2")
                .arg(path, file.errorString()));
    }
    if (!m_lastPath.isEmpty() && m_lastPath != path)
        QFile::remove(m_lastPath);
    m_lastPath = path;
    emit saved(path);
    return Done{};
}

void EditorAutosave::discard()
{
    ++m_generation;
    if (!m_lastPath.isEmpty())
        QFile::remove(m_lastPath);
    m_lastPath.clear();
    if (m_document)
        QFile::remove(recoveryPath(m_document->fileName()));
}

} // namespace Parterre
