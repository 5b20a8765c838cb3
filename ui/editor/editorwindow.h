#pragma once

#include "editorcanvas.h"
#include "model/result.h"
#include "model/seatmap.h"
#include "seatmapdocument.h"
#include "toolsettings.h"

#include <QByteArray>
#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QActionGroup;
class QLabel;
class QProgressBar;
class QUndoGroup;

namespace Parterre {

class EditorAutosave;
class EditorPropertiesPanel;
class SeatMapView;

// The seat-map editor: the shared SeatMapView as canvas with the editor's tools on it, a properties panel,
// menus with the standard shortcuts, and file handling (open, save, import a pretix plan, generate a
// stadium) with autosave, crash recovery and an unsaved-changes prompt. Reading, importing and generating
// run off the GUI thread; their result becomes one undoable step.
class EditorWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit EditorWindow(QWidget *parent = nullptr);
    ~EditorWindow() override;

    // A top-level editor that deletes itself when closed, on fileName or (empty) on a new map.
    static EditorWindow *openInNewWindow(const QString &fileName);

    SeatMapDocument *document() const { return m_document; }
    SeatMapView *view() const { return m_view; }
    EditorCanvas *canvas() const { return m_canvas; }
    EditorPropertiesPanel *properties() const { return m_properties; }
    EditorAutosave *autosave() const { return m_autosave; }
    ToolSettings &toolSettings() { return m_settings; }
    // The window's actions by object name ("editor-undo", "tool-add-row" …), for tests and the main window.
    QAction *action(const QString &name) const;

    // Each asks about unsaved changes first. openFile, importPretix and generateStadium work in the
    // background and emit backgroundFinished when done.
    bool newMap();
    void openFile(const QString &fileName);
    void importPretix(const QString &fileName);
    void generateStadium(int seats);
    bool isBusy() const { return m_busy; }
    // Saves to fileName; a failure is shown and returned.
    Result<Done> saveTo(const QString &fileName);
    // Asks what to do about unsaved changes; true when it is fine to go on (saved, discarded or none).
    bool maybeSave();

    void copy();
    void paste();
    void zoomToSelection();

signals:
    void backgroundFinished(bool ok, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // What a background job hands back: a map already written and read back as the format wants it.
    struct Loaded
    {
        SeatMap map;
        QByteArray json;
        QString error;
    };
    static Loaded checked(Result<SeatMap> map);

    void createActions();
    void createMenus();
    void setDocument(SeatMapDocument *document);
    void updateTitle();
    void syncSelectionToView();
    void syncSelectionFromView();
    void reloadView();
    void runInBackground(const QString &what, std::function<Loaded()> job, std::function<void(Loaded)> apply);
    void offerRecovery();
    void showMessage(const QString &message);
    void showResult(const Result<Done> &result);
    bool save();
    bool saveAs();
    void open();
    void importPretixDialog();
    void generateStadiumDialog();
    QAction *addAction(QMenu *menu, const QString &name, const QString &text, const QKeySequence &shortcut,
                       std::function<void()> slot);
    // With every binding the platform has for key.
    QAction *addAction(QMenu *menu, const QString &name, const QString &text, QKeySequence::StandardKey key,
                       std::function<void()> slot);
    QAction *addToolAction(const QString &name, const QString &text, const QString &shortcut,
                           EditorCanvas::Tool tool);

    ToolSettings m_settings;
    QPointer<SeatMapDocument> m_document;
    SeatMapView *m_view;
    EditorCanvas *m_canvas;
    EditorPropertiesPanel *m_properties;
    EditorAutosave *m_autosave;
    QUndoGroup *m_undoGroup;
    QActionGroup *m_tools;
    QProgressBar *m_progress;
    QLabel *m_progressLabel;
    bool m_busy = false;
    bool m_syncingSelection = false;
    int m_pasteCount = 0;
};

} // namespace Parterre
