/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-core"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dlm-error.h"
#include "dlm-format.h"
#include "dlm-parse.h"
#include "dlm-life.h"
#include "dlm-rng.h"

typedef struct {
  guint8 row, column;
} Cell;

/* The patterns as (row, column) of their live cells, from their top left
 * corner. The glider's orientation moves it down and right. */
static const Cell glider[] = { { 0, 1 }, { 1, 2 }, { 2, 0 }, { 2, 1 }, { 2, 2 } };
static const Cell blinker[] = { { 0, 0 }, { 0, 1 }, { 0, 2 } };
static const Cell r_pentomino[] = { { 0, 1 }, { 0, 2 }, { 1, 0 }, { 1, 1 }, { 2, 1 } };
/* Bill Gosper's glider gun, 36 × 9 cells: a glider every 30 steps */
static const Cell gosper_gun[] = {
  { 0, 24 }, { 1, 22 }, { 1, 24 }, { 2, 12 }, { 2, 13 }, { 2, 20 }, { 2, 21 }, { 2, 34 }, { 2, 35 },
  { 3, 11 }, { 3, 15 }, { 3, 20 }, { 3, 21 }, { 3, 34 }, { 3, 35 }, { 4, 0 }, { 4, 1 }, { 4, 10 },
  { 4, 16 }, { 4, 20 }, { 4, 21 }, { 5, 0 }, { 5, 1 }, { 5, 10 }, { 5, 14 }, { 5, 16 }, { 5, 17 },
  { 5, 22 }, { 5, 24 }, { 6, 10 }, { 6, 16 }, { 6, 24 }, { 7, 11 }, { 7, 15 }, { 8, 12 }, { 8, 13 },
};

typedef struct {
  const Cell *cells;
  guint       n;
  guint       rows, columns;   /* its bounding box */
  gboolean    centered;        /* in the middle of the grid, else at (1, 1) */
} Shape;

static const Shape shapes[] = {
  [DLM_LIFE_RANDOM] = { NULL, 0, 0, 0, FALSE },
  [DLM_LIFE_GLIDER] = { glider, G_N_ELEMENTS (glider), 3, 3, FALSE },
  [DLM_LIFE_BLINKER] = { blinker, G_N_ELEMENTS (blinker), 1, 3, TRUE },
  [DLM_LIFE_R_PENTOMINO] = { r_pentomino, G_N_ELEMENTS (r_pentomino), 3, 3, TRUE },
  [DLM_LIFE_GOSPER_GUN] = { gosper_gun, G_N_ELEMENTS (gosper_gun), 9, 36, FALSE },
};

gboolean
dlm_life_next_state (gboolean alive,
                     guint    neighbors)
{
  return neighbors == 3 || (alive && neighbors == 2);
}

void
dlm_life_pattern_size (DlmLifePattern  pattern,
                       guint          *rows,
                       guint          *columns)
{
  g_return_if_fail (pattern <= DLM_LIFE_GOSPER_GUN);

  /* a random start fills any grid */
  *rows = MAX (shapes[pattern].rows + 2, DLM_LIFE_MIN_SIDE);
  *columns = MAX (shapes[pattern].columns + 2, DLM_LIFE_MIN_SIDE);
}

static gboolean
refuse_side (GError    **error,
             const char *field,
             guint       value)
{
  g_autofree char *text = g_strdup_printf ("%u", value);
  g_autofree char *accepted = g_strdup_printf (_("%d to %d"), DLM_LIFE_MIN_SIDE, DLM_LIFE_MAX_SIDE);

  dlm_set_range_error (error, field, text, value > DLM_LIFE_MIN_SIDE, accepted);
  return FALSE;
}

gboolean
dlm_life_check (const DlmLifeSetup *s,
                GError            **error)
{
  guint rows, columns;

  if (s->rows < DLM_LIFE_MIN_SIDE || s->rows > DLM_LIFE_MAX_SIDE)
    return refuse_side (error, "rows", s->rows);
  if (s->columns < DLM_LIFE_MIN_SIDE || s->columns > DLM_LIFE_MAX_SIDE)
    return refuse_side (error, "columns", s->columns);
  if (!(s->density >= 0 && s->density <= 1))
    {
      g_autofree char *text = dlm_format_number_shortest (s->density);

      dlm_set_range_error (error, "density", text, s->density > 0, _("0 to 1"));
      return FALSE;
    }
  if (s->steps > DLM_LIFE_MAX_STEPS)
    {
      g_autofree char *text = g_strdup_printf ("%u", s->steps);
      g_autofree char *accepted = g_strdup_printf (_("1 to %d"), DLM_LIFE_MAX_STEPS);

      dlm_set_range_error (error, "generations", text, TRUE, accepted);
      return FALSE;
    }
  dlm_life_pattern_size (s->pattern, &rows, &columns);
  if (s->rows < rows || s->columns < columns)
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_RANGE,
                   _("pattern: it does not fit on %u rows × %u columns; accepted: at least %u rows and "
                     "%u columns for it, or another pattern"), s->rows, s->columns, rows, columns);
      return FALSE;
    }
  return TRUE;
}

void
dlm_life_step (const guint8 *in,
               guint8       *out,
               guint         rows,
               guint         columns)
{
  for (guint r = 0; r < rows; r++)
    {
      const guint8 *up = in + ((r + rows - 1) % rows) * columns;
      const guint8 *mid = in + r * columns;
      const guint8 *down = in + ((r + 1) % rows) * columns;

      for (guint c = 0; c < columns; c++)
        {
          guint left = (c + columns - 1) % columns, right = (c + 1) % columns;
          guint n = up[left] + up[c] + up[right] + mid[left] + mid[right] + down[left] + down[c] + down[right];

          out[r * columns + c] = dlm_life_next_state (mid[c], n);
        }
    }
}

/* The start: each cell alive with probability density, drawn as
 * np.random.default_rng(seed).random((rows, columns)) < density; or the
 * pattern's cells. */
static void
fill_start (const DlmLifeSetup *s,
            guint8             *grid)
{
  const Shape *shape = &shapes[s->pattern];
  guint top = 1, left = 1;

  if (s->pattern == DLM_LIFE_RANDOM)
    {
      g_autoptr(DlmRng) rng = dlm_rng_new (DLM_RNG_NUMPY_GENERATOR, s->seed);

      for (guint i = 0; i < s->rows * s->columns; i++)
        grid[i] = dlm_rng_uniform (rng) < s->density;
      return;
    }
  if (shape->centered)
    {
      top = (s->rows - shape->rows) / 2;
      left = (s->columns - shape->columns) / 2;
    }
  for (guint i = 0; i < shape->n; i++)
    grid[(top + shape->cells[i].row) * s->columns + left + shape->cells[i].column] = 1;
}

static guint
count_alive (const guint8 *grid,
             guint         n)
{
  guint alive = 0;

  for (guint i = 0; i < n; i++)
    alive += grid[i];
  return alive;
}

/* The first grid equal to an earlier one: grids are keyed by their bytes
 * in a hash table, so the search is one pass however long the period. */
static void
find_repeat (DlmLifeRun *run)
{
  gsize size = (gsize) run->rows * run->columns;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_bytes_hash, g_bytes_equal,
                                                      (GDestroyNotify) g_bytes_unref, NULL);

  for (guint k = 0; k <= run->steps; k++)
    {
      GBytes *grid = g_bytes_new_static (run->cells + k * size, size);
      gpointer earlier;

      if (g_hash_table_lookup_extended (seen, grid, NULL, &earlier))
        {
          run->cycle_start = GPOINTER_TO_UINT (earlier);
          run->period = k - run->cycle_start;
          g_bytes_unref (grid);
          return;
        }
      g_hash_table_insert (seen, grid, GUINT_TO_POINTER (k));
    }
}

DlmLifeRun *
dlm_life_run (const DlmLifeSetup *setup,
              GError            **error)
{
  DlmLifeRun *run;
  gsize size;

  if (!dlm_life_check (setup, error))
    return NULL;
  size = (gsize) setup->rows * setup->columns;
  run = g_new0 (DlmLifeRun, 1);
  run->rows = setup->rows;
  run->columns = setup->columns;
  run->steps = setup->steps;
  run->cells = g_malloc0 (size * (setup->steps + 1));
  run->population = g_new (guint, setup->steps + 1);
  fill_start (setup, run->cells);
  run->population[0] = count_alive (run->cells, size);
  for (guint k = 1; k <= setup->steps; k++)
    {
      dlm_life_step (run->cells + (k - 1) * size, run->cells + k * size, run->rows, run->columns);
      run->population[k] = count_alive (run->cells + k * size, size);
    }
  find_repeat (run);
  return run;
}

const guint8 *
dlm_life_run_grid (const DlmLifeRun *run,
                   guint             step)
{
  g_return_val_if_fail (run != NULL && step <= run->steps, NULL);

  return run->cells + (gsize) step * run->rows * run->columns;
}

guint
dlm_life_run_neighbors (const DlmLifeRun *run,
                        guint             step,
                        guint             row,
                        guint             column)
{
  const guint8 *grid = dlm_life_run_grid (run, step);
  guint n = 0;

  g_return_val_if_fail (row < run->rows && column < run->columns, 0);

  for (guint dr = 0; dr < 3; dr++)
    for (guint dc = 0; dc < 3; dc++)
      if (dr != 1 || dc != 1)
        n += grid[((row + run->rows + dr - 1) % run->rows) * run->columns +
                  (column + run->columns + dc - 1) % run->columns];
  return n;
}

void
dlm_life_run_changes (const DlmLifeRun *run,
                      guint             step,
                      guint            *births,
                      guint            *deaths)
{
  gsize size = (gsize) run->rows * run->columns;
  const guint8 *now, *before;

  *births = *deaths = 0;
  if (step == 0)
    return;
  now = dlm_life_run_grid (run, step);
  before = dlm_life_run_grid (run, step - 1);
  for (gsize i = 0; i < size; i++)
    {
      *births += now[i] && !before[i];
      *deaths += before[i] && !now[i];
    }
}

gboolean
dlm_life_run_is_shifted (const DlmLifeRun *run,
                         guint             from,
                         guint             to,
                         guint             down,
                         guint             right)
{
  const guint8 *a = dlm_life_run_grid (run, from);
  const guint8 *b = dlm_life_run_grid (run, to);

  for (guint r = 0; r < run->rows; r++)
    for (guint c = 0; c < run->columns; c++)
      if (a[r * run->columns + c] != b[((r + down) % run->rows) * run->columns + (c + right) % run->columns])
        return FALSE;
  return TRUE;
}

void
dlm_life_run_free (DlmLifeRun *run)
{
  if (run == NULL)
    return;
  g_free (run->cells);
  g_free (run->population);
  g_free (run);
}
