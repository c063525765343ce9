/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>
#include <gsl/gsl_blas.h>
#include <math.h>
#include <string.h>

#include "dlm-error.h"
#include "dlm-format.h"
#include "dlm-parse.h"
#include "dlm-transpose-private.h"

G_DEFINE_ENUM_TYPE (DlmTransposeView, dlm_transpose_view,
  G_DEFINE_ENUM_VALUE (DLM_TRANSPOSE_VIEW_FLIP, "flip"),
  G_DEFINE_ENUM_VALUE (DLM_TRANSPOSE_VIEW_RULES, "rules"),
  G_DEFINE_ENUM_VALUE (DLM_TRANSPOSE_VIEW_VECTOR, "vector"))

G_DEFINE_FINAL_TYPE (DlmTransposeTopic, dlm_transpose_topic, DLM_TYPE_TOPIC)

enum {
  PROP_0,
  PROP_MATRIX,
  PROP_SCALAR,
  PROP_PROGRESS,
  PROP_VIEW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The course's example: a 5 × 2 matrix whose first column is its vector. */
#define COURSE_MATRIX "1 5; 0 6; 2 8; 5 3; -2 0"

/* ---- numbers ------------------------------------------------------------ */

static gsl_matrix *
transposed (const gsl_matrix *m)
{
  gsl_matrix *t = gsl_matrix_alloc (m->size2, m->size1);

  gsl_matrix_transpose_memcpy (t, m);
  return t;
}

static void
clear_results (DlmTransposeTopic *self)
{
  /* the last frame's read-out points into these matrices */
  self->flipped = NULL;
  self->n_grids = 0;
  g_clear_pointer (&self->a, gsl_matrix_free);
  g_clear_pointer (&self->at, gsl_matrix_free);
  g_clear_pointer (&self->v, gsl_matrix_free);
  g_clear_pointer (&self->vt, gsl_matrix_free);
  g_clear_pointer (&self->vtv, gsl_matrix_free);
  g_clear_pointer (&self->ata, gsl_matrix_free);
  g_clear_pointer (&self->scaled, gsl_matrix_free);
  g_clear_pointer (&self->scaled_t, gsl_matrix_free);
  g_clear_pointer (&self->alpha_t, gsl_matrix_free);
}

/* αA, (αA)ᵀ and αAᵀ: the second rule, computed both ways. */
static void
compute_scaled (DlmTransposeTopic *self)
{
  g_clear_pointer (&self->scaled, gsl_matrix_free);
  g_clear_pointer (&self->scaled_t, gsl_matrix_free);
  g_clear_pointer (&self->alpha_t, gsl_matrix_free);
  self->n_grids = 0;
  if (self->a == NULL)
    return;

  self->scaled = gsl_matrix_alloc (self->a->size1, self->a->size2);
  gsl_matrix_memcpy (self->scaled, self->a);
  gsl_matrix_scale (self->scaled, self->scalar);
  self->scaled_t = transposed (self->scaled);
  self->alpha_t = transposed (self->a);
  gsl_matrix_scale (self->alpha_t, self->scalar);
}

static void
compute (DlmTransposeTopic *self,
         gsl_matrix        *a)
{
  gsl_vector_view column;

  clear_results (self);
  self->a = a;
  self->at = transposed (a);
  self->symmetric = a->size1 == a->size2 && gsl_matrix_equal (a, self->at);

  /* v is A's first column; vᵀv through BLAS, as a 1 × 1 matrix */
  self->v = gsl_matrix_alloc (a->size1, 1);
  column = gsl_matrix_column (a, 0);
  gsl_matrix_set_col (self->v, 0, &column.vector);
  self->vt = transposed (self->v);
  self->vtv = gsl_matrix_alloc (1, 1);
  gsl_blas_dgemm (CblasNoTrans, CblasNoTrans, 1.0, self->vt, self->v, 0.0, self->vtv);

  self->ata = gsl_matrix_alloc (a->size2, a->size2);
  gsl_blas_dgemm (CblasTrans, CblasNoTrans, 1.0, a, a, 0.0, self->ata);
  compute_scaled (self);
}

static gsl_matrix *
parse_matrix (const char  *text,
              GError     **error)
{
  g_autoptr(GError) local = NULL;
  g_autoptr(gsl_matrix) m = dlm_parse_matrix ("matrix", text, DLM_PARSE_MAX_ENTRIES, &local);

  /* the parser's limit is on numbers; this field's own is on rows and columns */
  if (g_error_matches (local, DLM_ERROR, DLM_ERROR_TOO_LARGE))
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_TOO_LARGE,
                   _("matrix: more than %d numbers is too large to draw as cells; accepted: up to "
                     "%d rows and %d columns"),
                   DLM_PARSE_MAX_ENTRIES, DLM_TRANSPOSE_MAX_SIDE, DLM_TRANSPOSE_MAX_SIDE);
      return NULL;
    }
  if (m == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }
  if (m->size1 > DLM_TRANSPOSE_MAX_SIDE || m->size2 > DLM_TRANSPOSE_MAX_SIDE)
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_TOO_LARGE,
                   _("matrix: %u×%u is too large to draw as cells; accepted: up to %d rows and %d columns"),
                   (guint) m->size1, (guint) m->size2, DLM_TRANSPOSE_MAX_SIDE, DLM_TRANSPOSE_MAX_SIDE);
      return NULL;
    }
  return g_steal_pointer (&m);
}

/* ---- state ------------------------------------------------------------- */

static void
set_matrix (DlmTransposeTopic *self,
            const char        *text)
{
  g_autoptr(GError) error = NULL;
  gsl_matrix *m;

  if (g_strcmp0 (self->matrix_text, text) == 0)
    return;

  /* the text was checked by check_text before it got here */
  m = parse_matrix (text, &error);
  g_return_if_fail (m != NULL);

  g_free (self->matrix_text);
  self->matrix_text = g_strdup (text);
  compute (self, m);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MATRIX]);
}

static void
set_scalar (DlmTransposeTopic *self,
            double             scalar)
{
  if (self->scalar == scalar)
    return;
  self->scalar = scalar;
  compute_scaled (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCALAR]);
}

static void
set_progress (DlmTransposeTopic *self,
              double             progress)
{
  if (self->progress == progress)
    return;
  self->progress = progress;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
}

static void
set_view (DlmTransposeTopic *self,
          DlmTransposeView   view)
{
  if (self->view == view)
    return;
  self->view = view;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW]);
}

static void
dlm_transpose_topic_render (DlmTopic       *topic,
                            cairo_t        *cr,
                            const DlmTheme *theme,
                            double          width,
                            double          height)
{
  DlmTransposeTopic *self = DLM_TRANSPOSE_TOPIC (topic);
  DlmRect area = dlm_figure_begin (cr, theme, width, height,
                                   _("The transpose: rows become columns"));

  self->flipped = NULL;
  self->n_grids = 0;
  switch (self->view)
    {
    case DLM_TRANSPOSE_VIEW_RULES:
      dlm_transpose_render_rules (self, cr, theme, area);
      break;
    case DLM_TRANSPOSE_VIEW_VECTOR:
      dlm_transpose_render_vector (self, cr, theme, area);
      break;
    case DLM_TRANSPOSE_VIEW_FLIP:
    default:
      dlm_transpose_render_flip (self, cr, theme, area);
      break;
    }
}

/* ---- words ------------------------------------------------------------------ */

static void
write_matrix_csv (GString          *out,
                  const gsl_matrix *m)
{
  for (guint i = 0; i < m->size1; i++)
    {
      for (guint j = 0; j < m->size2; j++)
        {
          if (j > 0)
            g_string_append_c (out, ',');
          dlm_format_number (out, gsl_matrix_get (m, i, j));
        }
      g_string_append_c (out, '\n');
    }
}

/* The matrices of the rules view, one entry a row, named as NumPy writes
 * them; row and col are 0-based, as A[row, col]. */
static void
write_rules_csv (DlmTransposeTopic *self,
                 GString           *out)
{
  const struct { const char *name; const gsl_matrix *m; } shown[] = {
    { "A", self->a }, { "A.T", self->at }, { "A.T.T", self->a },
    { "alpha*A", self->scaled }, { "(alpha*A).T", self->scaled_t }, { "alpha*A.T", self->alpha_t },
    { self->symmetric ? "A" : "A.T@A", self->symmetric ? self->a : self->ata },
  };
  guint index = 0;

  g_string_append (out, "index,matrix,row,col,value\n");
  for (guint k = 0; k < G_N_ELEMENTS (shown); k++)
    for (guint i = 0; i < shown[k].m->size1; i++)
      for (guint j = 0; j < shown[k].m->size2; j++)
        {
          g_string_append_printf (out, "%u,%s,%u,%u,", index++, shown[k].name, i, j);
          dlm_format_number (out, gsl_matrix_get (shown[k].m, i, j));
          g_string_append_c (out, '\n');
        }
}

/* v (A's first column) entry by entry: its square and the running sum
 * of the squares, which ends at vᵀv. */
static void
write_vector_csv (DlmTransposeTopic *self,
                  GString           *out)
{
  double sum = 0;

  g_string_append (out, "index,v,square,cumulative\n");
  for (guint i = 0; i < self->v->size1; i++)
    {
      double x = gsl_matrix_get (self->v, i, 0);

      sum += x * x;
      g_string_append_printf (out, "%u,", i);
      dlm_format_number (out, x);
      g_string_append_c (out, ',');
      dlm_format_number (out, x * x);
      g_string_append_c (out, ',');
      dlm_format_number (out, sum);
      g_string_append_c (out, '\n');
    }
}

/* The flip writes Aᵀ as np.savetxt would, numbers only. */
static void
dlm_transpose_topic_write_csv (DlmTopic *topic,
                               GString  *out)
{
  DlmTransposeTopic *self = DLM_TRANSPOSE_TOPIC (topic);

  switch (self->view)
    {
    case DLM_TRANSPOSE_VIEW_RULES:
      write_rules_csv (self, out);
      break;
    case DLM_TRANSPOSE_VIEW_VECTOR:
      write_vector_csv (self, out);
      break;
    case DLM_TRANSPOSE_VIEW_FLIP:
    default:
      write_matrix_csv (out, self->at);
      break;
    }
}

/* rows, cols (of Aᵀ), symmetric and vtv in every view, as always; each
 * view adds what it shows. */
static void
dlm_transpose_topic_write_summary (DlmTopic *topic,
                                   GString  *out)
{
  DlmTransposeTopic *self = DLM_TRANSPOSE_TOPIC (topic);

  dlm_summary_add_number (out, "rows", self->at->size1);
  dlm_summary_add_number (out, "cols", self->at->size2);
  dlm_summary_add_number (out, "symmetric", self->symmetric ? 1 : 0);
  dlm_summary_add_number (out, "vtv", gsl_matrix_get (self->vtv, 0, 0));
  switch (self->view)
    {
    case DLM_TRANSPOSE_VIEW_RULES:
      dlm_summary_add_number (out, "alpha", self->scalar);
      dlm_summary_add_number (out, "scalar_rule_holds", gsl_matrix_equal (self->scaled_t, self->alpha_t));
      break;
    case DLM_TRANSPOSE_VIEW_VECTOR:
      dlm_summary_add_number (out, "vector_length", self->v->size1);
      dlm_summary_add_number (out, "progress", self->progress);
      break;
    case DLM_TRANSPOSE_VIEW_FLIP:
    default:
      dlm_summary_add_number (out, "progress", self->progress);
      break;
    }
}

static char *
row_text (const gsl_matrix *m,
          guint             i)
{
  GString *s = g_string_new (NULL);

  for (guint j = 0; j < m->size2; j++)
    {
      g_autofree char *t = dlm_format_short (gsl_matrix_get (m, i, j), -1);
      g_string_append_printf (s, "%s%s", j ? ", " : "", t);
    }
  return g_string_free (s, FALSE);
}

/* "[[1, 5], [0, 6]]", for screen readers. */
static char *
matrix_text (const gsl_matrix *m)
{
  GString *s = g_string_new ("[");

  for (guint i = 0; i < m->size1; i++)
    {
      g_autofree char *r = row_text (m, i);
      g_string_append_printf (s, "%s[%s]", i ? ", " : "", r);
    }
  g_string_append_c (s, ']');
  return g_string_free (s, FALSE);
}

static char *
describe_rules (DlmTransposeTopic *self,
                const char        *sym)
{
  g_autofree char *a = matrix_text (self->a), *at = matrix_text (self->at);
  g_autofree char *alpha = dlm_format_short (self->scalar, -1);
  g_autofree char *scaled_t = matrix_text (self->scaled_t);
  g_autofree char *example = matrix_text (self->symmetric ? self->a : self->ata);
  guint m = self->a->size1, n = self->a->size2;

  return g_strdup_printf (_("Transposing the %u×%u matrix A = %s gives the %u×%u matrix Aᵀ = %s, "
                            "and transposing that gives A back. With α = %s, (αA)ᵀ and αAᵀ hold "
                            "the same numbers, %s. %s The symmetric matrix shown is %s %s."),
                          m, n, a, n, m, at, alpha, scaled_t, sym,
                          self->symmetric ? "A" : "AᵀA", example);
}

static char *
describe_rows (DlmTransposeTopic *self)
{
  GString *s = g_string_new (NULL);
  guint rows = self->a->size1;

  for (guint i = 0; i < MIN (rows, 3); i++)
    {
      g_autofree char *r = row_text (self->a, i);
      g_string_append_printf (s, _("Row %u of A (%s) becomes column %u of Aᵀ. "), i + 1, r, i + 1);
    }
  if (rows > 3)
    g_string_append_printf (s, _("The other %u rows follow the same way. "), rows - 3);
  return g_string_free (s, FALSE);
}

static char *
dlm_transpose_topic_describe (DlmTopic *topic)
{
  DlmTransposeTopic *self = DLM_TRANSPOSE_TOPIC (topic);
  g_autofree char *rows = describe_rows (self);
  g_autofree char *vtv = dlm_format_short (gsl_matrix_get (self->vtv, 0, 0), -1);
  guint m = self->a->size1, n = self->a->size2;
  const char *sym = self->symmetric ? _("A is symmetric, so Aᵀ equals A.") : _("A is not symmetric.");

  switch (self->view)
    {
    case DLM_TRANSPOSE_VIEW_RULES:
      return describe_rules (self, sym);
    case DLM_TRANSPOSE_VIEW_VECTOR:
      {
        g_autofree char *v = matrix_text (self->vt);

        return g_strdup_printf (_("The column vector v = %s (the first column of A, %u×1) turns "
                                  "into the row vector vᵀ (1×%u); the turn is %d%% done. vᵀv "
                                  "multiplies a 1×%u by a %u×1 and gives a 1×1 result, the scalar "
                                  "%s: the sum of the squared elements."),
                                v, m, m, (int) round (self->progress * 100), m, m, vtv);
      }
    case DLM_TRANSPOSE_VIEW_FLIP:
    default:
      return g_strdup_printf (_("The %u×%u matrix A flips over its main diagonal into the %u×%u "
                                "matrix Aᵀ; the flip is %d%% done. %s%s"),
                              m, n, n, m, (int) round (self->progress * 100), rows, sym);
    }
}

static char *
dlm_transpose_topic_formula (DlmTopic *topic)
{
  switch (DLM_TRANSPOSE_TOPIC (topic)->view)
    {
    case DLM_TRANSPOSE_VIEW_RULES:
      return g_strdup ("(A<sup>T</sup>)<sup>T</sup> = A,   (αA)<sup>T</sup> = αA<sup>T</sup>");
    case DLM_TRANSPOSE_VIEW_VECTOR:
      return g_strdup ("v<sup>T</sup>v = v<sub>1</sub><sup>2</sup> + v<sub>2</sub><sup>2</sup> + … + v<sub>n</sub><sup>2</sup>");
    case DLM_TRANSPOSE_VIEW_FLIP:
    default:
      return g_strdup ("(A<sup>T</sup>)<sub>ij</sub> = A<sub>ji</sub>");
    }
}

static char *
dlm_transpose_topic_explanation (DlmTopic *topic)
{
  switch (DLM_TRANSPOSE_TOPIC (topic)->view)
    {
    case DLM_TRANSPOSE_VIEW_RULES:
      return g_strdup (_("Flipping twice over the same diagonal puts every element back, and "
                         "multiplying every element by α does not care where the element sits. "
                         "A matrix that equals its own transpose is symmetric: it must be square, "
                         "and row k holds the same numbers as column k."));
    case DLM_TRANSPOSE_VIEW_VECTOR:
      return g_strdup (_("A column vector is an n×1 matrix; its transpose is a 1×n row vector. "
                         "A row times a column of the same length is 1×1: a single number, the "
                         "sum of the squares, which is never negative."));
    case DLM_TRANSPOSE_VIEW_FLIP:
    default:
      return g_strdup (_("The transpose mirrors a matrix over its main diagonal: the element in "
                         "row i, column j moves to row j, column i. An m×n matrix becomes n×m, "
                         "the rows of A become the columns of A<sup>T</sup>, and the diagonal "
                         "does not move."));
    }
}

static gboolean
probe_flip (DlmTransposeTopic *self,
            double             x,
            double             y,
            DlmProbe          *probe)
{
  const gsl_matrix *m = self->flipped;

  /* the cells of the turning card never overlap: the first hit is it */
  for (guint k = 0; k < m->size1 * m->size2; k++)
    {
      guint i = k / m->size2, j = k % m->size2;
      DlmRect r = self->cells[k];
      g_autofree char *value = NULL;

      if (r.width <= 0 || x < r.x || x > r.x + r.width || y < r.y || y > r.y + r.height)
        continue;
      value = dlm_format_short (gsl_matrix_get (m, i, j), -1);
      probe->x = r.x + r.width / 2;
      probe->y = r.y + r.height / 2;
      probe->text = g_strdup_printf (_("%s: row %u, column %u before; row %u, column %u after"),
                                     value, i + 1, j + 1, j + 1, i + 1);
      return TRUE;
    }
  return FALSE;
}

static gboolean
dlm_transpose_topic_probe (DlmTopic *topic,
                           double    x,
                           double    y,
                           DlmProbe *probe)
{
  DlmTransposeTopic *self = DLM_TRANSPOSE_TOPIC (topic);

  if (self->flipped != NULL && self->cells != NULL && probe_flip (self, x, y, probe))
    return TRUE;
  for (guint k = 0; k < self->n_grids; k++)
    {
      const ShownGrid *g = &self->grids[k];
      g_autofree char *value = NULL;
      guint row, col;
      DlmRect r;

      if (!dlm_grid_geometry_cell_at (&g->geometry, x, y, &row, &col))
        continue;
      r = dlm_grid_geometry_cell_rect (&g->geometry, row, col);
      value = dlm_format_short (gsl_matrix_get (g->matrix, row, col), -1);
      probe->x = r.x + r.width / 2;
      probe->y = r.y + r.height / 2;
      /* TRANSLATORS: "Aᵀ, row 2, column 3: 8" */
      probe->text = g_strdup_printf (_("%s, row %u, column %u: %s"), g->name, row + 1, col + 1, value);
      return TRUE;
    }
  return FALSE;
}

/* The cursor visits the moving cells during the flip, otherwise every cell
 * of every grid in turn; Up/Down moves a matrix row when the grids have
 * the same number of columns. */
static guint
dlm_transpose_topic_count_points (DlmTopic *topic,
                                  guint    *row_length)
{
  DlmTransposeTopic *self = DLM_TRANSPOSE_TOPIC (topic);
  guint count = 0;

  if (self->flipped != NULL && self->cells != NULL)
    {
      *row_length = self->flipped->size2;
      return self->flipped->size1 * self->flipped->size2;
    }
  for (guint k = 0; k < self->n_grids; k++)
    {
      const DlmGridGeometry *g = &self->grids[k].geometry;

      if (!g->valid)
        continue;
      *row_length = count == 0 || *row_length == g->cols ? g->cols : 0;
      count += g->rows * g->cols;
    }
  return count;
}

static gboolean
dlm_transpose_topic_get_point (DlmTopic *topic,
                               guint     index,
                               DlmProbe *point)
{
  DlmTransposeTopic *self = DLM_TRANSPOSE_TOPIC (topic);
  DlmRect r = { -1, -1, 0, 0 };   /* outside everything until found */

  if (self->flipped != NULL && self->cells != NULL)
    r = self->cells[index];
  else
    for (guint k = 0; k < self->n_grids; k++)
      {
        const DlmGridGeometry *g = &self->grids[k].geometry;

        if (!g->valid)
          continue;
        if (index < g->rows * g->cols)
          {
            r = dlm_grid_geometry_cell_rect (g, index / g->cols, index % g->cols);
            break;
          }
        index -= g->rows * g->cols;
      }
  return dlm_transpose_topic_probe (topic, r.x + r.width / 2, r.y + r.height / 2, point);
}

static gboolean
dlm_transpose_topic_check_text (DlmTopic    *topic,
                                GParamSpec  *pspec,
                                const char  *text,
                                GError     **error)
{
  g_autoptr(gsl_matrix) m = parse_matrix (text, error);

  return m != NULL;
}

/* ---- GObject -------------------------------------------------------------- */

static void
dlm_transpose_topic_finalize (GObject *object)
{
  DlmTransposeTopic *self = DLM_TRANSPOSE_TOPIC (object);

  clear_results (self);
  g_clear_pointer (&self->matrix_text, g_free);
  g_clear_pointer (&self->cells, g_free);

  G_OBJECT_CLASS (dlm_transpose_topic_parent_class)->finalize (object);
}

static void
dlm_transpose_topic_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  DlmTransposeTopic *self = DLM_TRANSPOSE_TOPIC (object);

  switch (prop_id)
    {
    case PROP_MATRIX:
      g_value_set_string (value, self->matrix_text);
      break;
    case PROP_SCALAR:
      g_value_set_double (value, self->scalar);
      break;
    case PROP_PROGRESS:
      g_value_set_double (value, self->progress);
      break;
    case PROP_VIEW:
      g_value_set_enum (value, self->view);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlm_transpose_topic_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  DlmTransposeTopic *self = DLM_TRANSPOSE_TOPIC (object);

  switch (prop_id)
    {
    case PROP_MATRIX:
      set_matrix (self, g_value_get_string (value));
      break;
    case PROP_SCALAR:
      set_scalar (self, g_value_get_double (value));
      break;
    case PROP_PROGRESS:
      set_progress (self, g_value_get_double (value));
      break;
    case PROP_VIEW:
      set_view (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The flip from A to Aᵀ (and v to vᵀ) takes this long at normal speed. */
#define FLIP_SECONDS 2.0

gboolean
dlm_transpose_topic_get_view_animation (DlmTransposeTopic *self,
                                        DlmTransposeView   view,
                                        DlmAnimation      *animation)
{
  g_return_val_if_fail (DLM_IS_TRANSPOSE_TOPIC (self), FALSE);
  g_return_val_if_fail (animation != NULL, FALSE);

  *animation = (DlmAnimation) { "progress", 1.0, FLIP_SECONDS, FALSE };
  return view == DLM_TRANSPOSE_VIEW_FLIP || view == DLM_TRANSPOSE_VIEW_VECTOR;
}

static gboolean
dlm_transpose_topic_get_animation (DlmTopic     *topic,
                                   DlmAnimation *animation)
{
  DlmTransposeTopic *self = DLM_TRANSPOSE_TOPIC (topic);

  return dlm_transpose_topic_get_view_animation (self, self->view, animation);
}

static void
dlm_transpose_topic_class_init (DlmTransposeTopicClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  DlmTopicClass *topic_class = DLM_TOPIC_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = dlm_transpose_topic_finalize;
  object_class->get_property = dlm_transpose_topic_get_property;
  object_class->set_property = dlm_transpose_topic_set_property;

  topic_class->id = "transpose";
  topic_class->slides_param = "view";
  topic_class->title = N_("Transpose");
  topic_class->check_text = dlm_transpose_topic_check_text;
  topic_class->render = dlm_transpose_topic_render;
  topic_class->write_csv = dlm_transpose_topic_write_csv;
  topic_class->write_summary = dlm_transpose_topic_write_summary;
  topic_class->describe = dlm_transpose_topic_describe;
  topic_class->formula = dlm_transpose_topic_formula;
  topic_class->explanation = dlm_transpose_topic_explanation;
  topic_class->write_code = dlm_transpose_write_code;
  topic_class->write_plot_code = dlm_transpose_write_plot_code;
  topic_class->probe = dlm_transpose_topic_probe;
  topic_class->count_points = dlm_transpose_topic_count_points;
  topic_class->get_point = dlm_transpose_topic_get_point;
  topic_class->get_animation = dlm_transpose_topic_get_animation;

  properties[PROP_MATRIX] =
    g_param_spec_string ("matrix", NULL,
                         N_("finite numbers, up to 12 rows and 12 columns: rows separated by ';' or new lines, numbers by commas or spaces (1 5; 0 6), or NumPy's [[1, 5], [0, 6]]"),
                         COURSE_MATRIX, flags);
  properties[PROP_SCALAR] =
    g_param_spec_double ("scalar", NULL, NULL, -1e6, 1e6, 2.0, flags);
  /* the position of the flip, from A (0) to Aᵀ (1) */
  properties[PROP_PROGRESS] =
    g_param_spec_double ("progress", NULL, NULL, 0.0, 1.0, 1.0, flags);
  properties[PROP_VIEW] =
    g_param_spec_enum ("view", NULL, NULL, DLM_TYPE_TRANSPOSE_VIEW, DLM_TRANSPOSE_VIEW_FLIP, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dlm_transpose_topic_init (DlmTransposeTopic *self)
{
  self->scalar = 2.0;
  self->progress = 1.0;
}

DlmTopic *
dlm_transpose_topic_new (void)
{
  return g_object_new (DLM_TYPE_TRANSPOSE_TOPIC, NULL);
}

const gsl_matrix *
dlm_transpose_topic_get_matrix (DlmTransposeTopic *self)
{
  g_return_val_if_fail (DLM_IS_TRANSPOSE_TOPIC (self), NULL);
  return self->a;
}

const gsl_matrix *
dlm_transpose_topic_get_transpose (DlmTransposeTopic *self)
{
  g_return_val_if_fail (DLM_IS_TRANSPOSE_TOPIC (self), NULL);
  return self->at;
}

const gsl_matrix *
dlm_transpose_topic_get_scaled_transpose (DlmTransposeTopic *self)
{
  g_return_val_if_fail (DLM_IS_TRANSPOSE_TOPIC (self), NULL);
  return self->scaled_t;
}

const gsl_matrix *
dlm_transpose_topic_get_alpha_transpose (DlmTransposeTopic *self)
{
  g_return_val_if_fail (DLM_IS_TRANSPOSE_TOPIC (self), NULL);
  return self->alpha_t;
}

gboolean
dlm_transpose_topic_is_symmetric (DlmTransposeTopic *self)
{
  g_return_val_if_fail (DLM_IS_TRANSPOSE_TOPIC (self), FALSE);
  return self->symmetric;
}

double
dlm_transpose_topic_get_vtv (DlmTransposeTopic *self)
{
  g_return_val_if_fail (DLM_IS_TRANSPOSE_TOPIC (self), NAN);
  return gsl_matrix_get (self->vtv, 0, 0);
}

gboolean
dlm_transpose_topic_get_cell_rect (DlmTransposeTopic *self,
                                   guint              i,
                                   guint              j,
                                   DlmRect           *rect)
{
  g_return_val_if_fail (DLM_IS_TRANSPOSE_TOPIC (self), FALSE);

  if (self->flipped == NULL || self->flipped != self->a ||
      i >= self->a->size1 || j >= self->a->size2)
    return FALSE;
  *rect = self->cells[i * self->a->size2 + j];
  return TRUE;
}

gboolean
dlm_transpose_topic_get_slot_rect (DlmTransposeTopic *self,
                                   guint              row,
                                   guint              col,
                                   DlmRect           *rect)
{
  g_return_val_if_fail (DLM_IS_TRANSPOSE_TOPIC (self), FALSE);

  if (self->flipped == NULL)
    return FALSE;
  *rect = dlm_transpose_slot_rect (self, col, row);
  return TRUE;
}
