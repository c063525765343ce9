/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Conway's Game of Life on a grid whose edges wrap around (a torus: the
 * cell right of the last column is the first column, as np.roll counts):
 * a live cell with 2 or 3 live neighbors (of the 8 around it) stays alive,
 * a dead cell with exactly 3 comes alive, every other cell is dead in the
 * next step. */

#define DLM_LIFE_MIN_SIDE   5
#define DLM_LIFE_MAX_SIDE   100
#define DLM_LIFE_MAX_STEPS  1000

typedef enum {
  DLM_LIFE_RANDOM,
  DLM_LIFE_GLIDER,
  DLM_LIFE_BLINKER,
  DLM_LIFE_R_PENTOMINO,
  DLM_LIFE_GOSPER_GUN,
} DlmLifePattern;

typedef struct {
  guint          rows, columns;
  DlmLifePattern pattern;
  double         density;    /* share of live cells of a random start, 0 to 1 */
  guint32        seed;       /* of a random start */
  guint          steps;      /* steps computed after the start */
} DlmLifeSetup;

typedef struct {
  guint   rows, columns, steps;
  guint8 *cells;             /* steps + 1 grids, row by row, 1 = alive */
  guint  *population;        /* steps + 1 live-cell counts */
  /* The first grid that comes again, and how many steps later (1: a
   * still life); both 0 when no grid comes again within the steps. */
  guint   cycle_start, period;
} DlmLifeRun;

/* Whether a cell is alive in the next step. */
gboolean      dlm_life_next_state   (gboolean            alive,
                                     guint               neighbors);
/* Refuses, naming the field ("rows", "columns", "density", "generations",
 * "pattern"), sides outside DLM_LIFE_MIN_SIDE to DLM_LIFE_MAX_SIDE, more
 * than DLM_LIFE_MAX_STEPS steps, a density outside 0 to 1, and a pattern
 * larger than the grid. */
gboolean      dlm_life_check        (const DlmLifeSetup *setup,
                                     GError            **error);
/* The smallest grid a pattern fits on (with a one-cell margin). */
void          dlm_life_pattern_size (DlmLifePattern      pattern,
                                     guint              *rows,
                                     guint              *columns);
/* One step of @rows × @columns cells from @in into @out. */
void          dlm_life_step         (const guint8       *in,
                                     guint8             *out,
                                     guint               rows,
                                     guint               columns);
DlmLifeRun   *dlm_life_run          (const DlmLifeSetup *setup,
                                     GError            **error);
const guint8 *dlm_life_run_grid     (const DlmLifeRun   *run,
                                     guint               step);
/* Live neighbors of a cell at @step, counted with wrap-around. */
guint         dlm_life_run_neighbors (const DlmLifeRun  *run,
                                     guint               step,
                                     guint               row,
                                     guint               column);
/* Cells that came alive (births) and died (deaths) from step − 1 to @step
 * (both 0 at step 0). */
void          dlm_life_run_changes  (const DlmLifeRun   *run,
                                     guint               step,
                                     guint              *births,
                                     guint              *deaths);
/* Whether the grid at @to is the grid at @from moved @down rows down and
 * @right columns right, wrapping around. */
gboolean      dlm_life_run_is_shifted (const DlmLifeRun *run,
                                     guint               from,
                                     guint               to,
                                     guint               down,
                                     guint               right);
void          dlm_life_run_free     (DlmLifeRun         *run);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlmLifeRun, dlm_life_run_free)

G_END_DECLS
