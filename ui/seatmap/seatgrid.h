#pragma once

#include <QRectF>

#include <algorithm>
#include <cmath>
#include <vector>

namespace Parterre {

// A uniform grid over the seats' positions, so that culling a tile, hit-testing a point and collecting a
// rubber band visit only the cells they overlap. Cells are stored compressed: one offset per cell into one
// array of seat indices sorted by cell.
class SeatGrid final
{
public:
    // xs and ys are the seats' positions in map units; cellSize is in map units too.
    void build(const std::vector<float> &xs, const std::vector<float> &ys, double cellSize);
    void clear();

    double cellSize() const { return m_cellSize; }
    std::size_t memoryBytes() const;

    // Calls f(seatIndex) for every seat in the cells that rect overlaps: a superset of the seats in rect.
    template<typename F>
    void forEachCandidate(const QRectF &rect, F &&f) const
    {
        if (m_columns == 0 || rect.isEmpty())
            return;
        const int x0 = column(rect.left());
        const int x1 = column(rect.right());
        const int y0 = row(rect.top());
        const int y1 = row(rect.bottom());
        for (int y = y0; y <= y1; ++y) {
            const std::size_t rowStart = std::size_t(y) * std::size_t(m_columns);
            const int begin = m_cellStart[rowStart + std::size_t(x0)];
            const int end = m_cellStart[rowStart + std::size_t(x1) + 1];
            // Cells of one grid row are contiguous, so a row of cells is one run of indices.
            for (int i = begin; i < end; ++i)
                f(m_seats[std::size_t(i)]);
        }
    }

    // Whether any cell that rect overlaps holds a seat: false proves rect has none.
    bool anyCandidate(const QRectF &rect) const
    {
        if (m_columns == 0 || rect.isEmpty())
            return false;
        const int x0 = column(rect.left());
        const int x1 = column(rect.right());
        for (int y = row(rect.top()); y <= row(rect.bottom()); ++y) {
            const std::size_t rowStart = std::size_t(y) * std::size_t(m_columns);
            if (m_cellStart[rowStart + std::size_t(x1) + 1] > m_cellStart[rowStart + std::size_t(x0)])
                return true;
        }
        return false;
    }

private:
    int column(double x) const
    {
        return std::clamp(int(std::floor((x - m_left) / m_cellSize)), 0, m_columns - 1);
    }
    int row(double y) const { return std::clamp(int(std::floor((y - m_top) / m_cellSize)), 0, m_rows - 1); }

    double m_left = 0;
    double m_top = 0;
    double m_cellSize = 1;
    int m_columns = 0;
    int m_rows = 0;
    std::vector<int> m_cellStart; // m_columns × m_rows + 1 offsets into m_seats
    std::vector<int> m_seats;
};

} // namespace Parterre
