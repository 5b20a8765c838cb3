#pragma once

#include "seatmap/generators.h"

#include <QString>

namespace Parterre {

// What the drawing tools use when they add something: the properties panel edits it, the canvas reads it.
struct ToolSettings
{
    double seatSpacing = Generators::kSeatSpacing;
    double rowSpacing = Generators::kRowSpacing;
    int blockRows = 5;
    double curve = 0; // degrees of arc a dragged row bends through; 0 is straight
    QString categoryId;
    Generators::RowNaming rowNaming = Generators::RowNaming::LettersSkippingIO;
    Generators::Numbering numbering = Generators::Numbering::LeftToRight;
    int gaCapacity = 200;
    QString decorationText;
    bool snapToGrid = false;
    double gridSize = 10;
};

} // namespace Parterre
