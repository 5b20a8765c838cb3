#include "seatgrid.h"

namespace Parterre {

namespace {

constexpr int MaxCells = 1 << 22; // a grid finer than this costs more memory than it saves time

} // namespace

void SeatGrid::build(const std::vector<float> &xs, const std::vector<float> &ys, double cellSize)
{
    clear();
    if (xs.empty())
        return;
    const auto [minX, maxX] = std::minmax_element(xs.begin(), xs.end());
    const auto [minY, maxY] = std::minmax_element(ys.begin(), ys.end());
    m_left = *minX;
    m_top = *minY;
    const double width = double(*maxX) - m_left;
    const double height = double(*maxY) - m_top;
    m_cellSize = std::max(cellSize, 1e-6);
    while ((width / m_cellSize + 1) * (height / m_cellSize + 1) > MaxCells)
        m_cellSize *= 2;
    m_columns = int(width / m_cellSize) + 1;
    m_rows = int(height / m_cellSize) + 1;

    // Counting sort by cell: one pass to count, one to place.
    const std::size_t cells = std::size_t(m_columns) * std::size_t(m_rows);
    m_cellStart.assign(cells + 1, 0);
    std::vector<int> cellOf(xs.size());
    for (std::size_t i = 0; i < xs.size(); ++i) {
        const int cell = row(ys[i]) * m_columns + column(xs[i]);
        cellOf[i] = cell;
        ++m_cellStart[std::size_t(cell) + 1];
    }
    for (std::size_t c = 0; c < cells; ++c)
        m_cellStart[c + 1] += m_cellStart[c];
    m_seats.resize(xs.size());
    std::vector<int> next(m_cellStart.begin(), m_cellStart.end() - 1);
    for (std::size_t i = 0; i < xs.size(); ++i)
        m_seats[std::size_t(next[std::size_t(cellOf[i])]++)] = int(i);
}

void SeatGrid::clear()
{
    m_columns = m_rows = 0;
    m_cellStart.clear();
    m_cellStart.shrink_to_fit();
    m_seats.clear();
    m_seats.shrink_to_fit();
}

std::size_t SeatGrid::memoryBytes() const
{
    return (m_cellStart.capacity() + m_seats.capacity()) * sizeof(int);
}

} // namespace Parterre
