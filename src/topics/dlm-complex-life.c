/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dlm-complex-private.h"
#include "dlm-format.h"
#include "dlm-layout.h"

/* The life view: Conway's Game of Life on a grid whose edges wrap around,
 * at the step the timeline shows, and its population over the steps. */

/* The period of a glider: after it, the glider is itself again, one cell
 * further down and right. */
#define GLIDER_PERIOD 4

/* The step shown: the timeline's, up to the last one computed. */
guint
dlm_complex_life_shown_step (DlmComplexTopic *self)
{
  return MIN ((guint) self->step, (guint) self->generations);
}

/* ---- the figure ------------------------------------------------------------ */

/* The cells on the background, the grid's lines between them (when the
 * cells are big enough to have room for them), and the live cells: one
 * path for the lines and one for the live cells, not one per cell. */
static void
draw_cells (DlmComplexTopic *self,
            cairo_t         *cr,
            const DlmTheme  *theme,
            DlmRect          grid,
            const guint8    *cells)
{
  const DlmLifeRun *run = self->life;
  double cell = grid.width / run->columns;
  double gap = cell >= 6 ? 1 : 0;

  cairo_save (cr);
  if (gap > 0)
    {
      dlm_theme_set_color (cr, &theme->grid);
      cairo_set_line_width (cr, gap);
      for (guint r = 0; r <= run->rows; r++)
        {
          cairo_move_to (cr, grid.x, grid.y + r * cell);
          cairo_line_to (cr, grid.x + grid.width, grid.y + r * cell);
        }
      for (guint c = 0; c <= run->columns; c++)
        {
          cairo_move_to (cr, grid.x + c * cell, grid.y);
          cairo_line_to (cr, grid.x + c * cell, grid.y + grid.height);
        }
      cairo_stroke (cr);
    }
  dlm_theme_set_color (cr, &theme->series[0]);
  for (guint r = 0; r < run->rows; r++)
    for (guint c = 0; c < run->columns; c++)
      if (cells[r * run->columns + c])
        cairo_rectangle (cr, grid.x + c * cell + gap / 2, grid.y + r * cell + gap / 2, cell - gap, cell - gap);
  cairo_fill (cr);
  cairo_restore (cr);
}

/* The grid, square cells fitted into @box under its title, with a line
 * under it that says how the edges and the start work. */
static void
draw_grid (DlmComplexTopic *self,
           cairo_t         *cr,
           const DlmTheme  *theme,
           DlmRect          box,
           double           line)
{
  const DlmLifeRun *run = self->life;
  guint k = dlm_complex_life_shown_step (self);
  g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Step %u: %u cell alive",
                                                         "Step %u: %u cells alive", run->population[k]),
                                            k, run->population[k]);
  g_autofree char *start = dlm_complex_life_start_text (self);
  double cell = MIN (box.width / run->columns, (box.height - 2 * line) / run->rows);
  DlmRect grid = { box.x, box.y + line, cell * run->columns, cell * run->rows };

  dlm_text_draw_fitted (cr, theme, DLM_TEXT_BODY, NULL, box.x, box.y, DLM_ANCHOR_NORTH_WEST, box.width, title);
  draw_cells (self, cr, theme, grid, dlm_life_run_grid (run, k));
  dlm_text_draw_fitted (cr, theme, DLM_TEXT_SMALL, &theme->muted, box.x, grid.y + grid.height + line * 0.25,
                        DLM_ANCHOR_NORTH_WEST, box.width, start);
  self->life_grid = grid;
}

static void
draw_population (DlmComplexTopic *self,
                 cairo_t         *cr,
                 const DlmTheme  *theme,
                 DlmRect          rect)
{
  const DlmLifeRun *run = self->life;
  g_autoptr(DlmAxes) axes = dlm_axes_new (cr, theme, rect);
  guint k = dlm_complex_life_shown_step (self), most = 0;
  g_autofree double *x = g_new (double, k + 1);
  g_autofree double *y = g_new (double, k + 1);
  DlmStroke stroke = { &theme->series[0], 1, FALSE };

  for (guint i = 0; i <= run->steps; i++)
    most = MAX (most, run->population[i]);
  for (guint i = 0; i <= k; i++)
    {
      x[i] = i;
      y[i] = run->population[i];
    }
  /* the axes span the whole run, so the curve grows into them as the
   * timeline plays */
  dlm_axes_set_x (axes, DLM_SCALE_LINEAR, 0, MAX (run->steps, 1));
  /* whole cells: at least 0 to 5, so that a few cells get whole ticks */
  dlm_axes_set_y (axes, DLM_SCALE_LINEAR, 0, MAX (most * 1.1, 5));
  dlm_axes_set_labels (axes, _("step"), _("live cells"));
  dlm_axes_set_title (axes, _("Population at each step"));
  dlm_axes_draw_frame (axes);
  if (dlm_complex_life_repeats (self))
    {
      DlmStroke mark = { &theme->muted, 0.8, TRUE };

      dlm_axes_vline (axes, run->cycle_start, &mark);
    }
  dlm_axes_line (axes, x, y, k + 1, &stroke);
  dlm_axes_points (axes, x + k, y + k, 1, &theme->highlight, 5);
  self->panels[1] = dlm_axes_get_geometry (axes);
}

/* Whether the step shown is far enough for the grid to have repeated. */
gboolean
dlm_complex_life_repeats (DlmComplexTopic *self)
{
  const DlmLifeRun *run = self->life;

  return run->period > 0 && run->cycle_start + run->period <= dlm_complex_life_shown_step (self);
}

/* "from step 87 the grid repeats every 2 steps", once the run has got
 * there; NULL before. */
static char *
repeat_text (DlmComplexTopic *self)
{
  const DlmLifeRun *run = self->life;

  if (!dlm_complex_life_repeats (self))
    return NULL;
  if (run->period == 1)
    return g_strdup_printf (_("from step %u on nothing changes: a still life"), run->cycle_start);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "from step %u on the grid repeats every %u step",
                                       "from step %u on the grid repeats every %u steps", run->period),
                          run->cycle_start, run->period);
}

void
dlm_complex_render_life (DlmComplexTopic *self,
                         cairo_t         *cr,
                         const DlmTheme  *theme,
                         DlmRect          area)
{
  double gap = dlm_theme_px (theme, 24), line;
  DlmRect left = { area.x, area.y, area.width * 0.58, area.height };
  DlmRect right;
  guint k;
  g_autofree char *facts = NULL, *repeats = NULL;

  if (self->life == NULL)
    {
      dlm_complex_draw_note (cr, theme, area, self->life_error);
      return;
    }
  k = dlm_complex_life_shown_step (self);
  dlm_text_size (cr, theme, DLM_TEXT_BODY, "Xg", NULL, &line);
  line *= 1.5;
  draw_grid (self, cr, theme, left, line);
  right.x = MAX (self->life_grid.x + self->life_grid.width + gap * 1.5, area.x + area.width * 0.4);
  right = (DlmRect) { right.x, area.y, area.x + area.width - right.x, area.height - 2 * line };
  draw_population (self, cr, theme, right);
  facts = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "now: step %u, %u cell alive",
                                        "now: step %u, %u cells alive", self->life->population[k]),
                           k, self->life->population[k]);
  dlm_complex_draw_key (cr, theme, right.x, right.y + right.height + line * 0.5, right.width,
                        &theme->highlight, 0, facts);
  repeats = repeat_text (self);
  if (repeats != NULL)
    dlm_text_draw_fitted (cr, theme, DLM_TEXT_SMALL, &theme->muted, right.x, right.y + right.height + line * 1.1,
                          DLM_ANCHOR_NORTH_WEST, right.width, repeats);
}

/* ---- words ------------------------------------------------------------------ */

/* How the run started, e.g. "start: random, each cell alive with
 * probability 0.3 (seed 42); edges wrap around". */
char *
dlm_complex_life_start_text (DlmComplexTopic *self)
{
  g_autofree char *density = dlm_format_short (self->density, -1);

  switch (self->pattern)
    {
    case DLM_LIFE_RANDOM:
      return g_strdup_printf (_("start: random, each cell alive with probability %s (seed %u); edges wrap around"),
                              density, dlm_topic_get_seed (DLM_TOPIC (self)));
    case DLM_LIFE_GLIDER:
      return g_strdup (_("start: a glider; edges wrap around"));
    case DLM_LIFE_BLINKER:
      return g_strdup (_("start: a blinker, three cells in a row; edges wrap around"));
    case DLM_LIFE_R_PENTOMINO:
      return g_strdup (_("start: the R-pentomino, five cells; edges wrap around"));
    case DLM_LIFE_GOSPER_GUN:
    default:
      return g_strdup (_("start: Gosper’s glider gun; edges wrap around"));
    }
}

/* How far the glider has moved: it is the glider of step k mod 4 moved
 * k / 4 cells down and right, which the grids are checked for. */
static gboolean
glider_moved (DlmComplexTopic *self,
              guint           *cells)
{
  guint k = dlm_complex_life_shown_step (self);

  *cells = k / GLIDER_PERIOD;
  return self->pattern == DLM_LIFE_GLIDER &&
         dlm_life_run_is_shifted (self->life, k % GLIDER_PERIOD, k, *cells % self->life->rows,
                                  *cells % self->life->columns);
}

/* @text as a sentence: a capital first letter and a full stop. */
static char *
sentence_of (const char *text)
{
  char *sentence = g_strdup_printf ("%s.", text);

  sentence[0] = g_ascii_toupper (sentence[0]);
  return sentence;
}

/* What became of the start, in one sentence. */
static char *
outcome_sentence (DlmComplexTopic *self)
{
  const DlmLifeRun *run = self->life;
  guint k = dlm_complex_life_shown_step (self), moved;
  g_autofree char *repeats = repeat_text (self);

  /* its 3 × 3 box starts at row and column 1: once that has passed the
   * last row or column, it has come round at the opposite edge */
  if (glider_moved (self, &moved) && 3 + moved >= (guint) MIN (self->rows, self->columns))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "The glider has moved %u cell right and %u down after %u steps, "
                                         "coming round at the opposite edges.",
                                         "The glider has moved %u cells right and %u down after %u steps, "
                                         "coming round at the opposite edges.", moved),
                            moved, moved, k);
  if (glider_moved (self, &moved))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "The glider has moved %u cell right and %u down after %u steps.",
                                         "The glider has moved %u cells right and %u down after %u steps.", moved),
                            moved, moved, k);
  if (run->population[k] == 0)
    return g_strdup (_("Every cell has died."));
  if (repeats != NULL)
    return sentence_of (repeats);
  return g_strdup_printf (_("No grid up to step %u repeats an earlier one."), k);
}

char *
dlm_complex_life_describe (DlmComplexTopic *self)
{
  const DlmLifeRun *run = self->life;
  guint k, births, deaths;
  g_autofree char *grid = NULL, *start = NULL, *start_sentence = NULL, *outcome = NULL, *plot = NULL;

  if (run == NULL)
    return g_strdup (self->life_error);
  k = dlm_complex_life_shown_step (self);
  dlm_life_run_changes (run, k, &births, &deaths);
  grid = g_strdup_printf (_("Conway’s Game of Life on a grid of %u rows × %u columns at step %u of %u: "
                            "%u cells alive, %u at the start; in the last step %u were born and %u died."),
                          run->rows, run->columns, k, run->steps, run->population[k], run->population[0],
                          births, deaths);
  start = dlm_complex_life_start_text (self);
  outcome = outcome_sentence (self);
  plot = g_strdup_printf (_("Beside the grid, a plot shows the number of live cells at each step from 0 to %u."), k);
  start_sentence = sentence_of (start);
  return g_strconcat (grid, " ", start_sentence, " ", outcome, " ", plot, NULL);
}

char *
dlm_complex_life_formula (void)
{
  return g_strdup (_("alive next ⇔ n = 3, or alive now and n = 2      (n: live neighbors of the 8 around)"));
}

char *
dlm_complex_life_explanation (DlmComplexTopic *self)
{
  return g_strdup_printf (_("A <i>complex</i> system from the simplest rules: each of the %u cells looks only at "
                            "its 8 neighbors and follows the same two rules, yet the grid grows, moves (gliders), repeats or "
                            "dies out, and the only way to know a later step is to compute every step before "
                            "it. Like the Lorenz system’s sensitivity to its start, the behavior cannot be "
                            "understood by taking the system apart into its cells."), self->rows * self->columns);
}

/* ---- data ------------------------------------------------------------------- */

void
dlm_complex_life_write_csv (DlmComplexTopic *self,
                            GString         *out)
{
  const DlmLifeRun *run = self->life;

  if (run == NULL)
    return;
  g_string_append (out, "index,step,population,births,deaths\n");
  for (guint i = 0, k = dlm_complex_life_shown_step (self); i <= k; i++)
    {
      guint births, deaths;

      dlm_life_run_changes (run, i, &births, &deaths);
      g_string_append_printf (out, "%u,%u,%u,%u,%u\n", i, i, run->population[i], births, deaths);
    }
}

void
dlm_complex_life_write_summary (DlmComplexTopic *self,
                                GString         *out)
{
  const DlmLifeRun *run = self->life;
  g_autofree char *pattern = dlm_topic_get_param_text (DLM_TOPIC (self), "pattern");
  guint k = dlm_complex_life_shown_step (self), births, deaths, moved;

  dlm_summary_add_string (out, "pattern", pattern);
  dlm_summary_add_number (out, "rows", self->rows);
  dlm_summary_add_number (out, "columns", self->columns);
  if (self->pattern == DLM_LIFE_RANDOM)
    dlm_summary_add_number (out, "density", self->density);
  dlm_summary_add_number (out, "generations", self->generations);
  if (run == NULL)
    return;
  dlm_life_run_changes (run, k, &births, &deaths);
  dlm_summary_add_number (out, "step", k);
  dlm_summary_add_number (out, "population", run->population[k]);
  dlm_summary_add_number (out, "start_population", run->population[0]);
  dlm_summary_add_number (out, "births", births);
  dlm_summary_add_number (out, "deaths", deaths);
  if (dlm_complex_life_repeats (self))
    {
      dlm_summary_add_number (out, "cycle_start", run->cycle_start);
      dlm_summary_add_number (out, "period", run->period);
    }
  if (glider_moved (self, &moved))
    dlm_summary_add_number (out, "glider_moved", moved);
}

/* ---- the pointer and the cursor --------------------------------------------- */

/* Cell (@row, @column) at the step shown, as the probe reads it out. */
static void
cell_point (DlmComplexTopic *self,
            guint            row,
            guint            column,
            DlmProbe        *point)
{
  const DlmLifeRun *run = self->life;
  guint k = dlm_complex_life_shown_step (self);
  double cell = self->life_grid.width / run->columns;
  gboolean alive = dlm_life_run_grid (run, k)[row * run->columns + column];
  guint n = dlm_life_run_neighbors (run, k, row, column);
  const char *now = alive ? _("alive") : _("dead");
  const char *next = dlm_life_next_state (alive, n) ? _("alive") : _("dead");

  point->x = self->life_grid.x + (column + 0.5) * cell;
  point->y = self->life_grid.y + (row + 0.5) * cell;
  /* Translators: "cell [3, 5]: alive, 2 live neighbors, so alive in the next step" */
  point->text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "cell [%u, %u]: %s, %u live neighbor, so %s in the next step",
                                              "cell [%u, %u]: %s, %u live neighbors, so %s in the next step", n),
                                 row, column, now, n, next);
}

/* The population at the step under the pointer, up to the step shown. */
static void
population_point (DlmComplexTopic *self,
                  double           x,
                  DlmProbe        *probe)
{
  const DlmAxesGeometry *g = &self->panels[1];
  guint k = (guint) CLAMP (round (dlm_geometry_px_to_x (g, x)), 0, dlm_complex_life_shown_step (self));
  guint alive = self->life->population[k];

  probe->x = dlm_geometry_x_to_px (g, k);
  probe->y = dlm_geometry_y_to_px (g, alive);
  probe->text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "step %u: %u cell alive", "step %u: %u cells alive",
                                              alive), k, alive);
}

gboolean
dlm_complex_life_probe (DlmComplexTopic *self,
                        double           x,
                        double           y,
                        DlmProbe        *probe)
{
  const DlmRect *g = &self->life_grid;
  double cell;

  if (self->life != NULL && self->panels[1].valid && dlm_geometry_contains (&self->panels[1], x, y))
    {
      population_point (self, x, probe);
      return TRUE;
    }
  if (self->life == NULL || g->width <= 0 || x < g->x || y < g->y || x >= g->x + g->width || y >= g->y + g->height)
    return FALSE;
  cell = g->width / self->life->columns;
  cell_point (self, MIN ((guint) ((y - g->y) / cell), self->life->rows - 1),
              MIN ((guint) ((x - g->x) / cell), self->life->columns - 1), probe);
  return TRUE;
}

/* The cursor visits the cells row by row. */
guint
dlm_complex_life_count_points (DlmComplexTopic *self,
                               guint           *row_length)
{
  if (self->life == NULL || self->life_grid.width <= 0)
    return 0;
  *row_length = self->life->columns;
  return self->life->rows * self->life->columns;
}

gboolean
dlm_complex_life_get_point (DlmComplexTopic *self,
                            guint            index,
                            DlmProbe        *point)
{
  if (self->life == NULL || index >= self->life->rows * self->life->columns)
    return FALSE;
  cell_point (self, index / self->life->columns, index % self->life->columns, point);
  return TRUE;
}
