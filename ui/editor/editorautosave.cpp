#include "editorautosave.h"

#include "seatmapdocument.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

namespace Parterre {

using namespace Qt::StringLiterals;

namespace {

constexpr int kDefaultIntervalMs = 60'000;

} // namespace

EditorAutosave::EditorAutosave(QObject *parent)
    : QObject(parent)
    , m_directory(defaultDirectory())
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kDefaultIntervalMs);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (const Result<Done> done = saveNow(); !done)
            emit failed(done.error().message);
    });
    m_timer->start();
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
        return m_directory + u"/untitled.seatmap.json"_s;
    // One copy per file, named so that two files called the same in different folders do not meet.
    const QString absolute = QFileInfo(fileName).absoluteFilePath();
    const QByteArray hash =
        QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    return m_directory + u'/' + QFileInfo(fileName).completeBaseName() + u'-' + QString::fromLatin1(hash) +
           u".seatmap.json"_s;
}

QString EditorAutosave::recoveryFileFor(const QString &fileName) const
{
    const QFileInfo copy(recoveryPath(fileName));
    if (!copy.exists())
        return {};
    if (!fileName.isEmpty()) {
        const QFileInfo original(fileName);
        if (original.exists() && original.lastModified() > copy.lastModified())
            return {};
    }
    return copy.absoluteFilePath();
}

Result<Done> EditorAutosave::saveNow()
{
    if (!m_document || !m_document->isModified())
        return Done{};
    const QString path = recoveryPath(m_document->fileName());
    if (!QDir().mkpath(m_directory)) {
        return Error::storage(
            QCoreApplication::translate("EditorAutosave", "Cannot create the recovery folder %1.")
                .arg(m_directory));
    }
    QSaveFile file(path);
    const QByteArray data = m_document->json();
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
    if (!m_lastPath.isEmpty())
        QFile::remove(m_lastPath);
    m_lastPath.clear();
    if (m_document)
        QFile::remove(recoveryPath(m_document->fileName()));
}

} // namespace Parterre
