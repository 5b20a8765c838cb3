#include "editorpropertiespanel.h"

#include "seatmapdocument.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Parterre {

using namespace Qt::StringLiterals;

using Generators::Numbering;
using Generators::RowNaming;

namespace {

QDoubleSpinBox *spinBox(double value, double minimum, double maximum, const QString &suffix)
{
    auto *box = new QDoubleSpinBox;
    box->setRange(minimum, maximum);
    box->setDecimals(1);
    box->setValue(value);
    box->setSuffix(suffix);
    return box;
}

} // namespace

EditorPropertiesPanel::EditorPropertiesPanel(ToolSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
{
    m_summary = new QLabel;
    m_summary->setWordWrap(true);

    m_category = new QComboBox;
    m_applyCategory = new QPushButton(tr("Apply to Selection"));
    m_newCategory = new QPushButton(tr("New Category…"));
    m_wheelchair = new QCheckBox(tr("Wheelchair space"));
    m_restricted = new QCheckBox(tr("Restricted view"));
    m_aisle = new QCheckBox(tr("Aisle seat"));
    m_rowLabel = new QLineEdit;
    m_renameRow = new QPushButton(tr("Rename Row"));
    m_numbering = new QComboBox;
    m_numbering->addItem(tr("1 2 3 … left to right"), int(Numbering::LeftToRight));
    m_numbering->addItem(tr("… 3 2 1 right to left"), int(Numbering::RightToLeft));
    m_numbering->addItem(tr("Odd left, even right of centre"), int(Numbering::CentreOddLeft));
    m_numbering->addItem(tr("Even left, odd right of centre"), int(Numbering::CentreOddRight));
    m_firstNumber = new QSpinBox;
    m_firstNumber->setRange(0, 99999);
    m_firstNumber->setValue(1);
    m_rowNaming = new QComboBox;
    m_rowNaming->addItem(tr("Keep row labels"), -1);
    m_rowNaming->addItem(tr("Rows 1, 2, 3 …"), int(RowNaming::Numbers));
    m_rowNaming->addItem(tr("Rows A, B, C …"), int(RowNaming::Letters));
    m_rowNaming->addItem(tr("Rows A, B, C … without I and O"), int(RowNaming::LettersSkippingIO));
    m_renumber = new QPushButton(tr("Renumber"));

    auto *selectionBox = new QGroupBox(tr("Selection"));
    auto *selectionForm = new QFormLayout(selectionBox);
    selectionForm->addRow(m_summary);
    selectionForm->addRow(tr("Category:"), m_category);
    auto *categoryButtons = new QHBoxLayout;
    categoryButtons->addWidget(m_applyCategory);
    categoryButtons->addWidget(m_newCategory);
    selectionForm->addRow(QString(), categoryButtons);
    selectionForm->addRow(tr("Flags:"), m_wheelchair);
    selectionForm->addRow(QString(), m_restricted);
    selectionForm->addRow(QString(), m_aisle);
    selectionForm->addRow(tr("Row label:"), m_rowLabel);
    selectionForm->addRow(QString(), m_renameRow);
    selectionForm->addRow(tr("Numbering:"), m_numbering);
    selectionForm->addRow(tr("First number:"), m_firstNumber);
    selectionForm->addRow(tr("Rows:"), m_rowNaming);
    selectionForm->addRow(QString(), m_renumber);

    m_seatSpacing = spinBox(settings->seatSpacing, 1, 1000, QString());
    m_rowSpacing = spinBox(settings->rowSpacing, 1, 1000, QString());
    m_blockRows = new QSpinBox;
    m_blockRows->setRange(1, 500);
    m_blockRows->setValue(settings->blockRows);
    m_curve = spinBox(settings->curve, -300, 300, tr("°"));
    m_gaCapacity = new QSpinBox;
    m_gaCapacity->setRange(1, 100000);
    m_gaCapacity->setValue(settings->gaCapacity);
    m_applyCapacity = new QPushButton(tr("Apply to Selected Areas"));
    m_text = new QLineEdit(settings->decorationText);
    m_text->setPlaceholderText(tr("Text for the text tool"));
    m_gridSize = spinBox(settings->gridSize, 1, 1000, QString());

    auto *toolBox = new QGroupBox(tr("New rows and shapes"));
    auto *toolForm = new QFormLayout(toolBox);
    toolForm->addRow(tr("Seat spacing:"), m_seatSpacing);
    toolForm->addRow(tr("Row spacing:"), m_rowSpacing);
    toolForm->addRow(tr("Rows in a block:"), m_blockRows);
    toolForm->addRow(tr("Curve:"), m_curve);
    toolForm->addRow(tr("GA capacity:"), m_gaCapacity);
    toolForm->addRow(QString(), m_applyCapacity);
    toolForm->addRow(tr("Text:"), m_text);
    toolForm->addRow(tr("Grid:"), m_gridSize);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(selectionBox);
    layout->addWidget(toolBox);
    layout->addStretch();

    connect(m_category, &QComboBox::currentIndexChanged, this,
            [this] { m_settings->categoryId = m_category->currentData().toString(); });
    connect(m_applyCategory, &QPushButton::clicked, this, &EditorPropertiesPanel::applyCategory);
    connect(m_newCategory, &QPushButton::clicked, this, &EditorPropertiesPanel::newCategory);
    connect(m_wheelchair, &QCheckBox::clicked, this, [this](bool on) { applyFlag(Seat::Wheelchair, on); });
    connect(m_restricted, &QCheckBox::clicked, this,
            [this](bool on) { applyFlag(Seat::RestrictedView, on); });
    connect(m_aisle, &QCheckBox::clicked, this, [this](bool on) { applyFlag(Seat::Aisle, on); });
    connect(m_renameRow, &QPushButton::clicked, this, &EditorPropertiesPanel::renameRow);
    connect(m_applyCapacity, &QPushButton::clicked, this, [this] {
        if (!m_document)
            return;
        const Result<Done> done = m_document->setGaCapacity(m_gaCapacity->value());
        report(done.ok(), done ? QString() : done.error().message);
    });
    connect(m_rowLabel, &QLineEdit::returnPressed, this, &EditorPropertiesPanel::renameRow);
    connect(m_renumber, &QPushButton::clicked, this, &EditorPropertiesPanel::renumber);
    connect(m_numbering, &QComboBox::currentIndexChanged, this,
            [this] { m_settings->numbering = Numbering(m_numbering->currentData().toInt()); });
    connect(m_rowNaming, &QComboBox::currentIndexChanged, this, [this] {
        if (const int naming = m_rowNaming->currentData().toInt(); naming >= 0)
            m_settings->rowNaming = RowNaming(naming);
    });
    connect(m_seatSpacing, &QDoubleSpinBox::valueChanged, this,
            [this](double v) { m_settings->seatSpacing = v; });
    connect(m_rowSpacing, &QDoubleSpinBox::valueChanged, this,
            [this](double v) { m_settings->rowSpacing = v; });
    connect(m_blockRows, &QSpinBox::valueChanged, this, [this](int v) { m_settings->blockRows = v; });
    connect(m_curve, &QDoubleSpinBox::valueChanged, this, [this](double v) { m_settings->curve = v; });
    connect(m_gaCapacity, &QSpinBox::valueChanged, this, [this](int v) { m_settings->gaCapacity = v; });
    connect(m_text, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_settings->decorationText = text; });
    connect(m_gridSize, &QDoubleSpinBox::valueChanged, this, [this](double v) { m_settings->gridSize = v; });
    refresh();
}

QCheckBox *EditorPropertiesPanel::flagBox(int flag) const
{
    switch (flag) {
    case Seat::Wheelchair:
        return m_wheelchair;
    case Seat::RestrictedView:
        return m_restricted;
    case Seat::Aisle:
        return m_aisle;
    default:
        return nullptr;
    }
}

void EditorPropertiesPanel::setDocument(SeatMapDocument *document)
{
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    if (document) {
        connect(document, &SeatMapDocument::selectionChanged, this, &EditorPropertiesPanel::refresh);
        connect(document, &SeatMapDocument::mapChanged, this, &EditorPropertiesPanel::refreshCategories);
    }
    refreshCategories();
}

void EditorPropertiesPanel::refreshCategories()
{
    const QString current = m_settings->categoryId;
    const QSignalBlocker blocker(m_category);
    m_category->clear();
    if (m_document) {
        for (const Category &category : m_document->map().categories) {
            QPixmap swatch(12, 12);
            swatch.fill(QColor(category.color));
            m_category->addItem(QIcon(swatch), category.name, category.id);
        }
    }
    const int index = std::max(0, m_category->findData(current));
    m_category->setCurrentIndex(index);
    m_settings->categoryId = m_category->currentData().toString();
    refresh();
}

void EditorPropertiesPanel::refresh()
{
    const bool hasDocument = m_document;
    MapSelection selection = hasDocument ? m_document->selection() : MapSelection{};
    if (selection.isEmpty()) {
        m_summary->setText(
            tr("Nothing selected. Click seats, drag a rectangle around them, or draw with a tool."));
    } else {
        m_summary->setText(tr("%n seat(s)", nullptr, int(selection.seats.size())) + u", "_s +
                           tr("%n GA area(s)", nullptr, int(selection.gaAreas.size())) + u", "_s +
                           tr("%n decoration(s)", nullptr, int(selection.decorations.size())));
    }
    // The flags show checked, unchecked or mixed over the selected seats.
    int all = ~0;
    int any = 0;
    QString rowLabel;
    bool oneRow = true;
    if (hasDocument && !selection.seats.isEmpty()) {
        for (const Section &section : m_document->map().sections) {
            for (const Row &row : section.rows) {
                for (const Seat &seat : row.seats) {
                    if (!selection.seats.contains(seat.id))
                        continue;
                    all &= seat.flags;
                    any |= seat.flags;
                    if (rowLabel.isEmpty())
                        rowLabel = row.label;
                    else if (rowLabel != row.label)
                        oneRow = false;
                }
            }
        }
    }
    const bool seats = hasDocument && !selection.seats.isEmpty();
    for (const int flag : {int(Seat::Wheelchair), int(Seat::RestrictedView), int(Seat::Aisle)}) {
        QCheckBox *box = flagBox(flag);
        box->setEnabled(seats);
        box->setTristate(seats && (any & flag) && !(all & flag));
        box->setCheckState(!seats || !(any & flag) ? Qt::Unchecked
                           : (all & flag)          ? Qt::Checked
                                                   : Qt::PartiallyChecked);
    }
    m_rowLabel->setText(oneRow ? rowLabel : QString());
    m_rowLabel->setEnabled(seats && oneRow);
    m_renameRow->setEnabled(seats && oneRow);
    m_renumber->setEnabled(seats);
    m_applyCategory->setEnabled(hasDocument && (seats || !selection.gaAreas.isEmpty()));
    m_applyCapacity->setEnabled(hasDocument && !selection.gaAreas.isEmpty());
}

void EditorPropertiesPanel::report(bool ok, const QString &message)
{
    if (!ok)
        emit refused(message);
    refresh();
}

void EditorPropertiesPanel::applyCategory()
{
    if (!m_document)
        return;
    const Result<Done> done = m_document->setCategory(m_category->currentData().toString());
    report(done.ok(), done ? QString() : done.error().message);
}

void EditorPropertiesPanel::newCategory()
{
    if (!m_document)
        return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("New Category"), tr("Name:"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    // Okabe–Ito colours, which stay apart for colour-blind eyes, in turn.
    static constexpr const char *kColours[] = {"#e69f00", "#56b4e9", "#009e73", "#f0e442",
                                               "#0072b2", "#d55e00", "#cc79a7", "#999999"};
    const QColor suggested(
        QLatin1StringView(kColours[m_document->map().categories.size() % std::size(kColours)]));
    const QColor colour = QColorDialog::getColor(suggested, this, tr("Colour of \"%1\"").arg(name));
    if (!colour.isValid())
        return;
    const Result<Done> done = m_document->addCategory(name, colour.name());
    if (done) {
        m_category->setCurrentIndex(m_category->count() - 1);
        m_settings->categoryId = m_category->currentData().toString();
    }
    report(done.ok(), done ? QString() : done.error().message);
}

void EditorPropertiesPanel::applyFlag(int flag, bool on)
{
    if (!m_document)
        return;
    const Result<Done> done = m_document->setFlags(on ? flag : 0, flag);
    report(done.ok(), done ? QString() : done.error().message);
}

void EditorPropertiesPanel::renameRow()
{
    if (!m_document)
        return;
    const Result<Done> done = m_document->renameRow(m_rowLabel->text());
    report(done.ok(), done ? QString() : done.error().message);
}

void EditorPropertiesPanel::renumber()
{
    if (!m_document)
        return;
    const int naming = m_rowNaming->currentData().toInt();
    const Result<Done> done =
        m_document->renumber(Numbering(m_numbering->currentData().toInt()), m_firstNumber->value(),
                             naming < 0 ? std::nullopt : std::optional<RowNaming>(RowNaming(naming)), 0);
    report(done.ok(), done ? QString() : done.error().message);
}

} // namespace Parterre
