/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include <pango/pango.h>

#include "dlm-assign-order.h"
#include "dlm-error.h"
#include "dlm-format.h"
#include "dlm-seeding-private.h"

/* The first three rows show the count asked for, as many as fit up to
 * MAX_CELLS, and say so when they stop short; the two generators always
 * show 4 values, a reset, 4 values. */
#define MAX_CELLS 12
#define GENERATOR_CELLS 8
#define N_ROWS 5

struct _DlmSeedingTopic
{
  DlmTopic          parent_instance;

  DlmRngConvention  convention;
  DlmRngKind        distribution;
  int               count;
  int               low;
  int               high;
  DlmAssignOrder    assigned;     /* low or high, whichever came last */

  DlmRect           cells[N_ROWS][MAX_CELLS];   /* for read-outs */
  double            values[N_ROWS][MAX_CELLS];
  guint             n_cells[N_ROWS];            /* drawn in the last render */
};

G_DEFINE_ENUM_TYPE (DlmRngConvention, dlm_rng_convention,
  G_DEFINE_ENUM_VALUE (DLM_RNG_NUMPY, "numpy"),
  G_DEFINE_ENUM_VALUE (DLM_RNG_TORCH, "torch"),
  G_DEFINE_ENUM_VALUE (DLM_RNG_PYTHON, "python"),
  G_DEFINE_ENUM_VALUE (DLM_RNG_GSL, "gsl"),
  G_DEFINE_ENUM_VALUE (DLM_RNG_NUMPY_GENERATOR, "default_rng"))

G_DEFINE_ENUM_TYPE (DlmRngKind, dlm_rng_kind,
  G_DEFINE_ENUM_VALUE (DLM_RNG_UNIFORM, "uniform"),
  G_DEFINE_ENUM_VALUE (DLM_RNG_NORMAL, "normal"),
  G_DEFINE_ENUM_VALUE (DLM_RNG_INTEGERS, "integers"))

G_DEFINE_FINAL_TYPE (DlmSeedingTopic, dlm_seeding_topic, DLM_TYPE_TOPIC)

enum {
  PROP_0,
  PROP_CONVENTION,
  PROP_DISTRIBUTION,
  PROP_COUNT,
  PROP_LOW,
  PROP_HIGH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- numbers ------------------------------------------------------------ */

static double
draw (DlmSeedingTopic *self,
      DlmRng          *rng)
{
  switch (self->distribution)
    {
    case DLM_RNG_NORMAL:   return dlm_rng_normal (rng);
    case DLM_RNG_INTEGERS: return (double) dlm_rng_integer (rng, self->low, self->high);
    case DLM_RNG_UNIFORM:
    default:               return dlm_rng_uniform (rng);
    }
}

static void
draw_n (DlmSeedingTopic *self,
        DlmRng          *rng,
        double          *out,
        guint            n)
{
  for (guint i = 0; i < n; i++)
    out[i] = draw (self, rng);
}

static guint32
other_seed (DlmSeedingTopic *self)
{
  guint32 seed = dlm_topic_get_seed (DLM_TOPIC (self));

  return seed == G_MAXUINT32 ? 0 : seed + 1;
}

/* The five rows of the figure: a run, the same run again, another seed
 * (MAX_CELLS values, or fewer when count asks for fewer), and two
 * generators used in turn (A: 4 values, reset, 4 values; B: 8 values from
 * its own stream, drawn between A's). */
static void
compute_rows (DlmSeedingTopic *self)
{
  guint top = MIN ((guint) self->count, MAX_CELLS), half = GENERATOR_CELLS / 2;
  guint32 seed = dlm_topic_get_seed (DLM_TOPIC (self));
  g_autoptr(DlmRng) run = dlm_rng_new (self->convention, seed);
  g_autoptr(DlmRng) again = dlm_rng_new (self->convention, seed);
  g_autoptr(DlmRng) other = dlm_rng_new (self->convention, other_seed (self));
  g_autoptr(DlmRng) a = dlm_rng_new (self->convention, seed);
  g_autoptr(DlmRng) b = dlm_rng_new (self->convention, other_seed (self));

  draw_n (self, run, self->values[0], top);
  draw_n (self, again, self->values[1], top);
  draw_n (self, other, self->values[2], top);
  draw_n (self, a, self->values[3], half);
  draw_n (self, b, self->values[4], half);
  dlm_rng_reset (a);
  draw_n (self, a, self->values[3] + half, half);
  draw_n (self, b, self->values[4] + half, half);
}

/* ---- snippet ------------------------------------------------------------ */

char *
dlm_seeding_topic_get_snippet (DlmSeedingTopic *self)
{
  guint32 s = dlm_topic_get_seed (DLM_TOPIC (self));
  int n = self->count, lo = self->low, hi = self->high;

  g_return_val_if_fail (DLM_IS_SEEDING_TOPIC (self), NULL);

  switch (self->convention)
    {
    case DLM_RNG_NUMPY:
      return self->distribution == DLM_RNG_UNIFORM
        ? g_strdup_printf ("import numpy as np\nnp.random.seed(%u)\nnp.random.rand(%d)", s, n)
        : self->distribution == DLM_RNG_NORMAL
        ? g_strdup_printf ("import numpy as np\nnp.random.seed(%u)\nnp.random.randn(%d)", s, n)
        : g_strdup_printf ("import numpy as np\nnp.random.seed(%u)\nnp.random.randint(%d, %d, %d)", s, lo, hi, n);
    case DLM_RNG_NUMPY_GENERATOR:
      return g_strdup_printf ("import numpy as np\nrng = np.random.default_rng(%u)\nrng.random(%d)", s, n);
    case DLM_RNG_TORCH:
      return self->distribution == DLM_RNG_INTEGERS
        ? g_strdup_printf ("import torch\ntorch.manual_seed(%u)\ntorch.randint(%d, %d, (%d,))", s, lo, hi, n)
        : g_strdup_printf ("import torch\ntorch.manual_seed(%u)\ntorch.rand(%d)", s, n);
    case DLM_RNG_PYTHON:
      return self->distribution == DLM_RNG_UNIFORM
        ? g_strdup_printf ("import random\nrandom.seed(%u)\n[random.random() for _ in range(%d)]", s, n)
        : self->distribution == DLM_RNG_NORMAL
        ? g_strdup_printf ("import random\nrandom.seed(%u)\n[random.gauss(0, 1) for _ in range(%d)]", s, n)
        : g_strdup_printf ("import random\nrandom.seed(%u)\n[random.randrange(%d, %d) for _ in range(%d)]", s, lo, hi, n);
    case DLM_RNG_GSL:
    default:
      return g_strdup_printf ("gsl_rng *r = gsl_rng_alloc (gsl_rng_mt19937);\ngsl_rng_set (r, %u);\n"
                              "/* %d times: */ %s", s, n,
                              self->distribution == DLM_RNG_UNIFORM ? "gsl_rng_uniform (r)"
                              : self->distribution == DLM_RNG_NORMAL ? "gsl_ran_gaussian_ziggurat (r, 1.0)"
                              : "low + gsl_rng_uniform_int (r, high - low)");
    }
}

/* ---- drawing ------------------------------------------------------------ */

static char *
value_text (DlmSeedingTopic *self,
            double           value)
{
  return dlm_format_fixed (value, self->distribution == DLM_RNG_INTEGERS ? 0 : 4);
}

/* The fraction of a cell a value fills: uniform values as they are, normal
 * values mapped from [−3, 3], integers from [low, high). */
static double
fill_of (DlmSeedingTopic *self,
         double           value)
{
  switch (self->distribution)
    {
    case DLM_RNG_NORMAL:   return CLAMP ((value + 3) / 6, 0.02, 1);
    /* in doubles: high − low of the full 32-bit range overflows an int */
    case DLM_RNG_INTEGERS: return CLAMP ((value - self->low + 1) / ((double) self->high - self->low), 0.02, 1);
    case DLM_RNG_UNIFORM:
    default:               return CLAMP (value, 0.02, 1);
    }
}

/* Vertical layout of a row: the bar, the value under it, the verdict. */
typedef struct {
  DlmTextRole value_role;
  double      value_scale;   /* the same for every value of the figure */
  double      bar_height;
  double      value_height;
  double      gap;
  double      verdict_scale; /* below 1 when the row is short for its type */
} RowMetrics;

static void
draw_cell (DlmSeedingTopic  *self,
           cairo_t          *cr,
           const DlmTheme   *theme,
           const RowMetrics *m,
           DlmRect           cell,
           double            value,
           const DlmColor   *color)
{
  g_autofree char *text = value_text (self, value);
  DlmColor back = dlm_color_with_alpha (color, 0.14);
  double fill = fill_of (self, value);

  cairo_save (cr);
  dlm_theme_set_color (cr, &back);
  cairo_rectangle (cr, cell.x, cell.y, cell.width, m->bar_height);
  cairo_fill (cr);
  dlm_theme_set_color (cr, color);
  cairo_rectangle (cr, cell.x, cell.y + m->bar_height * (1 - fill), cell.width, m->bar_height * fill);
  cairo_fill (cr);
  cairo_restore (cr);
  cairo_save (cr);
  cairo_translate (cr, cell.x + cell.width / 2, cell.y + m->bar_height + m->gap);
  cairo_scale (cr, m->value_scale, m->value_scale);
  dlm_text_draw (cr, theme, m->value_role, NULL, 0, 0, DLM_ANCHOR_NORTH, text);
  cairo_restore (cr);
}

/* The widest of the values drawn, in @role. */
static double
widest_value (DlmSeedingTopic *self,
              cairo_t         *cr,
              const DlmTheme  *theme,
              DlmTextRole      role)
{
  guint top = MIN ((guint) self->count, MAX_CELLS);
  double widest = 0;

  for (guint r = 0; r < N_ROWS; r++)
    for (guint i = 0; i < (r < 3 ? top : GENERATOR_CELLS); i++)
      {
        g_autofree char *text = value_text (self, self->values[r][i]);
        double w;

        dlm_text_size (cr, theme, role, text, &w, NULL);
        widest = MAX (widest, w);
      }
  return widest;
}

/* One text size for every value, small enough for the widest: numbers that
 * change size from cell to cell would read as different kinds of number. */
static RowMetrics
row_metrics (DlmSeedingTopic *self,
             cairo_t         *cr,
             const DlmTheme  *theme,
             DlmRect          row,
             double           cell_width)
{
  RowMetrics m = { DLM_TEXT_BODY, 1, 0, 0, dlm_theme_px (theme, 5), 1 };
  double w, verdict_h, text_room;

  if (widest_value (self, cr, theme, DLM_TEXT_BODY) > cell_width)
    m.value_role = DLM_TEXT_SMALL;
  w = widest_value (self, cr, theme, m.value_role);
  dlm_text_size (cr, theme, m.value_role, "0", NULL, &m.value_height);
  m.value_scale = MIN (1, cell_width / w);
  m.value_height *= m.value_scale;
  dlm_text_size (cr, theme, DLM_TEXT_SMALL, "X", NULL, &verdict_h);
  /* a short row (a high zoom) keeps a fifth of its height for the bars:
   * the value and the verdict shrink together to fit the rest and the gap
   * of 10 px to the next row */
  text_room = row.height * 0.8 - 3 * m.gap + dlm_theme_px (theme, 10);
  if (m.value_height + verdict_h > text_room)
    {
      /* never below half size or the unzoomed size, whichever is smaller */
      double f = MAX (text_room / (m.value_height + verdict_h), MIN (0.5, 1.0 / theme->scale));

      m.value_scale *= f;
      m.value_height *= f;
      m.verdict_scale = f;
      verdict_h *= f;
    }
  m.bar_height = MAX (row.height - m.value_height - verdict_h - 3 * m.gap, row.height * 0.2);
  return m;
}

static char *
row_label (DlmSeedingTopic *self,
           guint            row)
{
  guint32 s = dlm_topic_get_seed (DLM_TOPIC (self)), t = other_seed (self);

  switch (row)
    {
    case 0:  return g_strdup_printf (_("<b>Seed %u</b>"), s);
    case 1:  return g_strdup_printf (_("<b>Seed %u</b>, again"), s);
    case 2:  return g_strdup_printf (_("<b>Seed %u</b>"), t);
    case 3:  return g_strdup_printf (_("<b>Generator A</b> (seed %u):\n4 values, reset, 4 values"), s);
    default: return g_strdup_printf (_("<b>Generator B</b> (seed %u),\nused in between, never reset"), t);
    }
}

static const char *
row_verdict (guint row)
{
  switch (row)
    {
    case 1:  return _("the same numbers");
    case 2:  return _("different numbers");
    case 3:  return _("after the reset: the same 4 again");
    case 4:  return _("its own stream, untouched by A’s reset");
    default: return NULL;
    }
}

static void
draw_reset_mark (cairo_t          *cr,
                 const DlmTheme   *theme,
                 const RowMetrics *m,
                 double            x,
                 double            y)
{
  dlm_theme_set_color (cr, &theme->highlight);
  cairo_rectangle (cr, x - dlm_theme_px (theme, 1.5), y, dlm_theme_px (theme, 3), m->bar_height);
  cairo_fill (cr);
}

/* The columns every row shares, so the values of the first three rows
 * line up one under the other: as many cells as the count asks for when
 * they fit (at least the width of the widest value in small type), else
 * as many as fit and one more cell that says where the row stops. */
typedef struct {
  double   label_width;
  double   cell_width;
  double   gap;
  double   reset_gap;
  guint    top;          /* values in each of the first three rows */
  gboolean cut;          /* the count is more than they show */
} Grid;

static Grid
grid_for (DlmSeedingTopic *self,
          cairo_t         *cr,
          const DlmTheme  *theme,
          DlmRect          area)
{
  Grid g = { MIN (area.width * 0.28, dlm_theme_px (theme, 300)), 0,
             dlm_theme_px (theme, 8), dlm_theme_px (theme, 18), 0, FALSE };
  double room = area.width - g.label_width - g.reset_gap;
  double least = widest_value (self, cr, theme, DLM_TEXT_SMALL) + dlm_theme_px (theme, 6);
  guint fit = MAX (dlm_layout_count (floor ((room + g.gap) / (least + g.gap)), G_MAXUINT), 2);
  guint slots = MIN (fit, MAX_CELLS + 1), columns;

  if ((guint) self->count <= MIN (slots, MAX_CELLS))
    g.top = self->count;
  else
    {
      g.top = MIN (slots - 1, MAX_CELLS);
      g.cut = TRUE;
    }
  columns = MAX (g.top + (g.cut ? 1 : 0), GENERATOR_CELLS);
  g.cell_width = (room - g.gap * (columns - 1)) / columns;
  return g;
}

/* After the last value of a cut row: an ellipsis, and how many the count
 * asked for. */
static void
draw_cut (DlmSeedingTopic  *self,
          cairo_t          *cr,
          const DlmTheme   *theme,
          const RowMetrics *m,
          DlmRect           cell)
{
  g_autofree char *count = dlm_format_short (self->count, 0);
  g_autofree char *all = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s in all", "%s in all",
                                                       self->count), count);

  dlm_text_draw (cr, theme, DLM_TEXT_BODY, &theme->muted, cell.x + cell.width / 2,
                 cell.y + m->bar_height / 2, DLM_ANCHOR_CENTER, "…");
  cairo_save (cr);
  cairo_translate (cr, cell.x + cell.width / 2, cell.y + m->bar_height + m->gap);
  cairo_scale (cr, m->value_scale, m->value_scale);
  dlm_text_draw_fitted (cr, theme, m->value_role, &theme->muted, 0, 0, DLM_ANCHOR_NORTH,
                        cell.width / m->value_scale, all);
  cairo_restore (cr);
}

static void
draw_row (DlmSeedingTopic *self,
          cairo_t         *cr,
          const DlmTheme  *theme,
          DlmRect          row,
          const Grid      *grid,
          guint            index)
{
  g_autofree char *label = row_label (self, index);
  const char *verdict = row_verdict (index);
  const DlmColor *color = &theme->series[index == 2 || index == 4 ? 1 : 0];
  gboolean generator = index >= 3;
  guint n = generator ? GENERATOR_CELLS : grid->top;
  double x = row.x + grid->label_width, gap = grid->gap, cell_w = grid->cell_width;
  RowMetrics m = row_metrics (self, cr, theme, row, cell_w);

  dlm_text_draw_fitted (cr, theme, DLM_TEXT_BODY, NULL, row.x, row.y, DLM_ANCHOR_NORTH_WEST,
                        grid->label_width - gap, label);
  for (guint i = 0; i < n; i++)
    {
      DlmRect cell = { x, row.y, cell_w, m.bar_height + m.gap + m.value_height };

      if (generator && i == GENERATOR_CELLS / 2)
        {
          /* the reset sits between the two halves of A's row */
          if (index == 3)
            draw_reset_mark (cr, theme, &m, x - gap / 2 + grid->reset_gap / 2, row.y);
          cell.x = x += grid->reset_gap;
        }
      draw_cell (self, cr, theme, &m, cell, self->values[index][i], color);
      self->cells[index][i] = cell;
      x += cell_w + gap;
    }
  self->n_cells[index] = n;
  if (!generator && grid->cut)
    draw_cut (self, cr, theme, &m, (DlmRect) { x, row.y, cell_w, 0 });
  if (verdict != NULL)
    {
      cairo_save (cr);
      cairo_translate (cr, row.x + grid->label_width, row.y + m.bar_height + 2 * m.gap + m.value_height);
      cairo_scale (cr, m.verdict_scale, m.verdict_scale);
      dlm_text_draw_fitted (cr, theme, DLM_TEXT_SMALL, &theme->muted, 0, 0, DLM_ANCHOR_NORTH_WEST,
                            (row.width - grid->label_width) / m.verdict_scale, verdict);
      cairo_restore (cr);
    }
}

/* Proper names for the figure: the conventions' ids are lower case. */
static const char *
convention_name (DlmRngConvention convention)
{
  switch (convention)
    {
    case DLM_RNG_TORCH:           return "PyTorch";
    case DLM_RNG_PYTHON:          return "Python";
    case DLM_RNG_GSL:             return "GSL";
    case DLM_RNG_NUMPY_GENERATOR: return "NumPy default_rng";
    case DLM_RNG_NUMPY:
    default:                      return "NumPy";
    }
}

static void
dlm_seeding_topic_render (DlmTopic       *topic,
                          cairo_t        *cr,
                          const DlmTheme *theme,
                          double          width,
                          double          height)
{
  DlmSeedingTopic *self = DLM_SEEDING_TOPIC (topic);
  g_autofree char *title = g_strdup_printf (_("The same seed gives the same numbers (%s)"),
                                            convention_name (self->convention));
  DlmRect area = dlm_figure_begin (cr, theme, width, height, title);
  double gap = dlm_theme_px (theme, 10);
  Grid grid;

  compute_rows (self);
  grid = grid_for (self, cr, theme, area);
  for (guint i = 0; i < N_ROWS; i++)
    draw_row (self, cr, theme, dlm_rect_row (area, N_ROWS, i, gap), &grid, i);
}

/* ---- words ------------------------------------------------------------- */

static void
dlm_seeding_topic_write_csv (DlmTopic *topic,
                             GString  *out)
{
  DlmSeedingTopic *self = DLM_SEEDING_TOPIC (topic);
  guint32 seed = dlm_topic_get_seed (topic);
  g_autoptr(DlmRng) rng = dlm_rng_new (self->convention, seed);
  g_autoptr(DlmRng) again = dlm_rng_new (self->convention, seed);
  g_autoptr(DlmRng) other = dlm_rng_new (self->convention, other_seed (self));

  /* the figure's first three rows, each from its own generator; i is
   * the 0-based position it always was, index the common first column */
  g_string_append (out, "index,i,value,again,other_seed\n");
  for (int i = 0; i < self->count; i++)
    {
      g_string_append_printf (out, "%d,%d,", i, i);
      dlm_format_number (out, draw (self, rng));
      g_string_append_c (out, ',');
      dlm_format_number (out, draw (self, again));
      g_string_append_c (out, ',');
      dlm_format_number (out, draw (self, other));
      g_string_append_c (out, '\n');
    }
}

static void
dlm_seeding_topic_write_summary (DlmTopic *topic,
                                 GString  *out)
{
  DlmSeedingTopic *self = DLM_SEEDING_TOPIC (topic);
  g_autoptr(DlmRng) rng = dlm_rng_new (self->convention, dlm_topic_get_seed (topic));
  g_autoptr(DlmRng) other = dlm_rng_new (self->convention, other_seed (self));

  dlm_summary_add_string (out, "convention", dlm_rng_convention_to_string (self->convention));
  dlm_summary_add_number (out, "seed", dlm_topic_get_seed (topic));
  dlm_summary_add_number (out, "count", self->count);
  dlm_summary_add_number (out, "first", draw (self, rng));
  dlm_summary_add_number (out, "other_seed", other_seed (self));
  dlm_summary_add_number (out, "other_first", draw (self, other));
}

static char *
describe_values (DlmSeedingTopic *self,
                 guint            row,
                 guint            n)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *v = value_text (self, self->values[row][i]);
      g_string_append_printf (s, "%s%s", i ? ", " : "", v);
    }
  return g_string_free (s, FALSE);
}

static char *
dlm_seeding_topic_describe (DlmTopic *topic)
{
  DlmSeedingTopic *self = DLM_SEEDING_TOPIC (topic);
  g_autofree char *first = NULL, *other = NULL, *a = NULL, *b = NULL, *kind = NULL;

  compute_rows (self);
  /* the first values, or all of them when count asks for fewer than 4 */
  first = describe_values (self, 0, MIN (self->count, 4));
  other = describe_values (self, 2, MIN (self->count, 4));
  a = describe_values (self, 3, GENERATOR_CELLS / 2);
  b = describe_values (self, 4, GENERATOR_CELLS);
  kind = self->distribution == DLM_RNG_INTEGERS
         ? g_strdup_printf (_("whole numbers from %d up to %d (not included)"), self->low, self->high)
         : g_strdup (self->distribution == DLM_RNG_NORMAL ? _("standard normal numbers")
                                                           : _("uniform numbers in [0, 1)"));
  return g_strdup_printf (_("%d %s with the %s convention. Seed %u gives %s, … "
                            "twice in a row; seed %u gives %s, … instead. Generator A, reset "
                            "after four values (%s), repeats them; generator B, seeded separately, "
                            "continues its own sequence: %s."),
                          self->count, kind, convention_name (self->convention),
                          dlm_topic_get_seed (topic), first, other_seed (self), other, a, b);
}

static char *
dlm_seeding_topic_formula (DlmTopic *topic)
{
  g_autofree char *snippet = dlm_seeding_topic_get_snippet (DLM_SEEDING_TOPIC (topic));
  g_autofree char *escaped = g_markup_escape_text (snippet, -1);

  return g_strdup_printf ("<tt>%s</tt>", escaped);
}

/* The call that seeds each convention's generator, with the seed shown. */
static char *
seeding_call (DlmSeedingTopic *self)
{
  guint32 s = dlm_topic_get_seed (DLM_TOPIC (self));

  switch (self->convention)
    {
    case DLM_RNG_TORCH:           return g_strdup_printf ("torch.manual_seed(%u)", s);
    case DLM_RNG_PYTHON:          return g_strdup_printf ("random.seed(%u)", s);
    case DLM_RNG_GSL:             return g_strdup_printf ("gsl_rng_set (r, %u)", s);
    case DLM_RNG_NUMPY_GENERATOR: return g_strdup_printf ("np.random.default_rng(%u)", s);
    case DLM_RNG_NUMPY:
    default:                      return g_strdup_printf ("np.random.seed(%u)", s);
    }
}

static char *
dlm_seeding_topic_explanation (DlmTopic *topic)
{
  DlmSeedingTopic *self = DLM_SEEDING_TOPIC (topic);
  g_autofree char *call = seeding_call (self);

  /* Translators: %s is a call such as np.random.seed(42), then the library's name */
  return g_strdup_printf (_("A computer’s random numbers come from a formula, and the seed picks where "
                            "its sequence starts: after %s, %s gives the numbers of the first row on "
                            "any computer, every time. Each generator keeps its own state; resetting "
                            "one leaves the others where they were."),
                          call, convention_name (self->convention));
}

static gboolean
dlm_seeding_topic_probe (DlmTopic *topic,
                         double    x,
                         double    y,
                         DlmProbe *probe)
{
  DlmSeedingTopic *self = DLM_SEEDING_TOPIC (topic);

  for (guint r = 0; r < N_ROWS; r++)
    for (guint i = 0; i < self->n_cells[r]; i++)
      {
        const DlmRect *c = &self->cells[r][i];

        if (x >= c->x && x <= c->x + c->width && y >= c->y && y <= c->y + c->height)
          {
            g_autofree char *v = dlm_format_number_string (self->values[r][i]);
            probe->x = c->x + c->width / 2;
            probe->y = c->y;
            probe->text = g_strdup_printf (_("value %u: %s"), i, v);
            return TRUE;
          }
      }
  return FALSE;
}

/* The cursor visits the numbers, one generator a row; as the rows look
 * alike, each read-out starts with its row's label. */
static guint
dlm_seeding_topic_count_points (DlmTopic *topic,
                                guint    *row_length)
{
  DlmSeedingTopic *self = DLM_SEEDING_TOPIC (topic);
  guint n = 0;

  for (guint r = 0; r < N_ROWS; r++)
    n += self->n_cells[r];
  /* up and down keep the column in the first rows; the generators' rows
   * may be longer or shorter */
  *row_length = MAX (self->n_cells[0], 1);
  return n;
}

static gboolean
dlm_seeding_topic_get_point (DlmTopic *topic,
                             guint     index,
                             DlmProbe *point)
{
  DlmSeedingTopic *self = DLM_SEEDING_TOPIC (topic);
  guint row = 0;
  const DlmRect *c;
  g_autofree char *markup = NULL, *label = NULL, *value = NULL;

  while (row < N_ROWS && index >= self->n_cells[row])
    index -= self->n_cells[row++];
  if (row == N_ROWS)
    return FALSE;
  c = &self->cells[row][index];
  markup = row_label (self, row);
  if (!dlm_seeding_topic_probe (topic, c->x + c->width / 2, c->y + c->height / 2, point))
    return FALSE;
  if (!pango_parse_markup (markup, -1, 0, NULL, &label, NULL, NULL))
    label = g_strdup (markup);
  g_strdelimit (label, "\n", ' ');
  value = g_steal_pointer (&point->text);
  point->text = g_strdup_printf ("%s, %s", label, value);
  return TRUE;
}

static gboolean
dlm_seeding_topic_check_state (DlmTopic  *topic,
                               GError   **error)
{
  DlmSeedingTopic *self = DLM_SEEDING_TOPIC (topic);

  if (!dlm_rng_check_kind (self->convention, self->distribution, error))
    return FALSE;
  /* the one set last is named, the other quoted with its value */
  if (self->distribution == DLM_RNG_INTEGERS && self->low >= self->high)
    {
      if (dlm_assign_order_later (&self->assigned, PROP_HIGH, PROP_LOW))
        g_set_error (error, DLM_ERROR, DLM_ERROR_RANGE,
                     _("high: %d is not above low=%d; accepted: low + 1 to 2147483647 (high "
                       "itself is never drawn)"), self->high, self->low);
      else
        g_set_error (error, DLM_ERROR, DLM_ERROR_RANGE,
                     _("low: %d is not below high=%d; accepted: -2147483648 to high − 1 (high "
                       "itself is never drawn)"), self->low, self->high);
      return FALSE;
    }
  if (self->distribution == DLM_RNG_INTEGERS &&
      !dlm_rng_check_range (self->convention, self->low, self->high, error))
    return FALSE;
  return TRUE;
}

/* ---- GObject ------------------------------------------------------------ */

static void
dlm_seeding_topic_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  DlmSeedingTopic *self = DLM_SEEDING_TOPIC (object);

  switch (prop_id)
    {
    case PROP_CONVENTION:   g_value_set_enum (value, self->convention); break;
    case PROP_DISTRIBUTION: g_value_set_enum (value, self->distribution); break;
    case PROP_COUNT:        g_value_set_int (value, self->count); break;
    case PROP_LOW:          g_value_set_int (value, self->low); break;
    case PROP_HIGH:         g_value_set_int (value, self->high); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
store_int (GObject      *object,
           int          *field,
           const GValue *value,
           GParamSpec   *pspec)
{
  int v = G_VALUE_HOLDS_ENUM (value) ? g_value_get_enum (value) : g_value_get_int (value);

  if (*field == v)
    return;
  *field = v;
  g_object_notify_by_pspec (object, pspec);
}

static void
dlm_seeding_topic_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  DlmSeedingTopic *self = DLM_SEEDING_TOPIC (object);

  dlm_assign_order_note (&self->assigned, prop_id);
  switch (prop_id)
    {
    case PROP_CONVENTION:   store_int (object, (int *) &self->convention, value, pspec); break;
    case PROP_DISTRIBUTION: store_int (object, (int *) &self->distribution, value, pspec); break;
    case PROP_COUNT:        store_int (object, &self->count, value, pspec); break;
    case PROP_LOW:          store_int (object, &self->low, value, pspec); break;
    case PROP_HIGH:         store_int (object, &self->high, value, pspec); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlm_seeding_topic_class_init (DlmSeedingTopicClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  DlmTopicClass *topic_class = DLM_TOPIC_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = dlm_seeding_topic_get_property;
  object_class->set_property = dlm_seeding_topic_set_property;

  topic_class->id = "seeding";
  topic_class->uses_seed = TRUE;
  topic_class->slides_param = "convention";
  topic_class->title = N_("Reproducible randomness");
  topic_class->check_state = dlm_seeding_topic_check_state;
  topic_class->render = dlm_seeding_topic_render;
  topic_class->write_csv = dlm_seeding_topic_write_csv;
  topic_class->write_summary = dlm_seeding_topic_write_summary;
  topic_class->write_code = dlm_seeding_write_code;
  topic_class->write_plot_code = dlm_seeding_write_plot_code;
  topic_class->describe = dlm_seeding_topic_describe;
  topic_class->formula = dlm_seeding_topic_formula;
  topic_class->explanation = dlm_seeding_topic_explanation;
  topic_class->probe = dlm_seeding_topic_probe;
  topic_class->count_points = dlm_seeding_topic_count_points;
  topic_class->get_point = dlm_seeding_topic_get_point;

  properties[PROP_CONVENTION] =
    g_param_spec_enum ("convention", NULL, NULL, DLM_TYPE_RNG_CONVENTION, DLM_RNG_NUMPY, flags);
  properties[PROP_DISTRIBUTION] =
    g_param_spec_enum ("distribution", NULL, NULL, DLM_TYPE_RNG_KIND, DLM_RNG_UNIFORM, flags);
  properties[PROP_COUNT] =
    g_param_spec_int ("count", NULL, NULL, 1, DLM_SEEDING_MAX_COUNT, 10, flags);
  /* 32-bit bounds keep every range within 2³² − 1 values, what one 32-bit
   * word draws in each convention (see dlm_rng_check_range) */
  properties[PROP_LOW] =
    g_param_spec_int ("low", NULL,
                      N_("a whole number from -2147483648 to 2147483646, below high (32-bit, "
                         "as NumPy, PyTorch and Python draw)"),
                      G_MININT32, G_MAXINT32, 0, flags);
  properties[PROP_HIGH] =
    g_param_spec_int ("high", NULL,
                      N_("a whole number from -2147483647 to 2147483647, above low and never "
                         "drawn itself (32-bit, as NumPy, PyTorch and Python draw)"),
                      G_MININT32, G_MAXINT32, 10, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dlm_seeding_topic_init (DlmSeedingTopic *self)
{
}

DlmTopic *
dlm_seeding_topic_new (void)
{
  return g_object_new (DLM_TYPE_SEEDING_TOPIC, NULL);
}
