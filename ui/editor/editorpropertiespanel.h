#pragma once

#include "toolsettings.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Parterre {

class SeatMapDocument;

// The editor's side panel: what is selected, and its category, flags, row label and numbering; below, the
// settings the drawing tools use (spacing, curve, rows in a block, capacity, text, grid). Changes to the
// selection go through the document, one undo command each.
class EditorPropertiesPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit EditorPropertiesPanel(ToolSettings *settings, QWidget *parent = nullptr);

    void setDocument(SeatMapDocument *document);

    // For tests and the window's actions.
    QComboBox *categoryBox() const { return m_category; }
    QPushButton *applyCategoryButton() const { return m_applyCategory; }
    // Asks for a name and a colour, then adds the category and makes it current.
    void newCategory();
    QPushButton *renameRowButton() const { return m_renameRow; }
    QSpinBox *gaCapacityBox() const { return m_gaCapacity; }
    QPushButton *applyCapacityButton() const { return m_applyCapacity; }
    QCheckBox *flagBox(int flag) const;
    QLineEdit *rowLabelEdit() const { return m_rowLabel; }
    QComboBox *numberingBox() const { return m_numbering; }
    QComboBox *rowNamingBox() const { return m_rowNaming; }
    QSpinBox *firstNumberBox() const { return m_firstNumber; }
    QPushButton *renumberButton() const { return m_renumber; }
    QDoubleSpinBox *curveBox() const { return m_curve; }
    QSpinBox *blockRowsBox() const { return m_blockRows; }

signals:
    void refused(const QString &message);

private:
    void refresh();
    void refreshCategories();
    void applyCategory();
    void applyFlag(int flag, bool on);
    void renameRow();
    void renumber();
    void report(bool ok, const QString &message);

    ToolSettings *m_settings;
    QPointer<SeatMapDocument> m_document;
    QLabel *m_summary;
    QComboBox *m_category;
    QPushButton *m_applyCategory;
    QPushButton *m_newCategory;
    QCheckBox *m_wheelchair;
    QCheckBox *m_restricted;
    QCheckBox *m_aisle;
    QLineEdit *m_rowLabel;
    QPushButton *m_renameRow;
    QComboBox *m_numbering;
    QSpinBox *m_firstNumber;
    QComboBox *m_rowNaming;
    QPushButton *m_renumber;
    QDoubleSpinBox *m_seatSpacing;
    QDoubleSpinBox *m_rowSpacing;
    QSpinBox *m_blockRows;
    QDoubleSpinBox *m_curve;
    QSpinBox *m_gaCapacity;
    QPushButton *m_applyCapacity;
    QLineEdit *m_text;
    QDoubleSpinBox *m_gridSize;
};

} // namespace Parterre
