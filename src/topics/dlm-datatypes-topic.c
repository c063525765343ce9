/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "dlm-format.h"
#include "dlm-datatypes-private.h"

G_DEFINE_ENUM_TYPE (DlmDatatypesView, dlm_datatypes_view,
  G_DEFINE_ENUM_VALUE (DLM_DATATYPES_VIEW_OBJECTS, "objects"),
  G_DEFINE_ENUM_VALUE (DLM_DATATYPES_VIEW_GRAYSCALE, "grayscale"),
  G_DEFINE_ENUM_VALUE (DLM_DATATYPES_VIEW_CHANNELS, "channels"),
  G_DEFINE_ENUM_VALUE (DLM_DATATYPES_VIEW_STORAGE, "storage"),
  G_DEFINE_ENUM_VALUE (DLM_DATATYPES_VIEW_DTYPES, "dtypes"),
  G_DEFINE_ENUM_VALUE (DLM_DATATYPES_VIEW_KINDS, "kinds"))

G_DEFINE_ENUM_TYPE (DlmDtype, dlm_dtype,
  G_DEFINE_ENUM_VALUE (DLM_DTYPE_UINT8, "uint8"),
  G_DEFINE_ENUM_VALUE (DLM_DTYPE_FLOAT32, "float32"),
  G_DEFINE_ENUM_VALUE (DLM_DTYPE_FLOAT64, "float64"))

G_DEFINE_FINAL_TYPE (DlmDatatypesTopic, dlm_datatypes_topic, DLM_TYPE_TOPIC)

enum {
  PROP_0,
  PROP_IMAGE,
  PROP_VIEW,
  PROP_ZOOM,
  PROP_DTYPE,
  PROP_VALUES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *const dtype_names[] = { "uint8", "float32", "float64" };

/* The course's examples of each kind of object. */
static const double vector_example[3] = { -1, 0, 1 };
static const double matrix_example[3][4] = { { -1, 0, 2, 8 }, { 0, 1, 4, 4 }, { 1, 4, 9, 1 } };

guint
dlm_dtype_size (DlmDtype dtype)
{
  switch (dtype)
    {
    case DLM_DTYPE_FLOAT32: return sizeof (float);
    case DLM_DTYPE_FLOAT64: return sizeof (double);
    case DLM_DTYPE_UINT8:
    default:                return sizeof (guint8);
    }
}

/* ---- state ---------------------------------------------------------- */

Window
dlm_datatypes_visible_window (DlmDatatypesTopic *self)
{
  Window w;

  w.width = MAX (1, (self->image->width + self->zoom - 1) / self->zoom);
  w.height = MAX (1, (self->image->height + self->zoom - 1) / self->zoom);
  w.x0 = (self->image->width - w.width) / 2;
  w.y0 = (self->image->height - w.height) / 2;
  return w;
}

static guint64
n_elements (DlmDatatypesTopic *self)
{
  return (guint64) self->image->width * self->image->height * 3;
}

static void
set_image (DlmDatatypesTopic *self,
           const char        *text)
{
  g_autoptr(GError) error = NULL;
  DlmImage *image;

  if (g_strcmp0 (self->image_text, text) == 0)
    return;

  if (self->pending != NULL && g_strcmp0 (self->pending_text, text) == 0)
    image = g_steal_pointer (&self->pending);
  else if (!(image = dlm_image_load ("image", text, &error)))
    {
      /* only checked text gets here, so the file changed in between */
      g_warning ("%s", error->message);
      return;
    }
  g_clear_pointer (&self->pending_text, g_free);
  g_clear_pointer (&self->pending, dlm_image_free);
  g_clear_pointer (&self->image, dlm_image_free);
  self->image = image;
  g_free (self->image_text);
  self->image_text = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IMAGE]);
}

static void
set_values (DlmDatatypesTopic *self,
            const char        *text)
{
  g_autoptr(GError) error = NULL;
  DlmPyList *values;

  if (g_strcmp0 (self->values_text, text) == 0)
    return;
  if (!(values = dlm_py_list_parse ("values", text, &error)))
    {
      /* check_text refuses such text before it gets here */
      g_critical ("%s", error->message);
      return;
    }
  g_clear_pointer (&self->values, dlm_py_list_free);
  self->values = values;
  g_free (self->values_text);
  self->values_text = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUES]);
}

static void
set_view (DlmDatatypesTopic *self,
          DlmDatatypesView   view)
{
  if (self->view == view)
    return;
  self->view = view;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW]);
}

static void
set_zoom (DlmDatatypesTopic *self,
          guint              zoom)
{
  if (self->zoom == zoom)
    return;
  self->zoom = zoom;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

static void
set_dtype (DlmDatatypesTopic *self,
           DlmDtype           dtype)
{
  if (self->dtype == dtype)
    return;
  self->dtype = dtype;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DTYPE]);
}

/* A byte count grouped by thousands exactly as the axis ticks are. */
static char *
format_count (guint64 n)
{
  return dlm_format_integer ((double) n);
}

static void
draw_cell (cairo_t        *cr,
           const DlmTheme *theme,
           double          x,
           double          y,
           double          size,
           const DlmColor *color,
           double          value,
           gboolean        with_value)
{
  DlmColor fill = dlm_color_with_alpha (color, 0.22);
  DlmColor opaque = dlm_color_with_alpha (&fill, 1);

  /* an opaque plate first, so slices behind do not show through */
  cairo_save (cr);
  cairo_rectangle (cr, x, y, size, size);
  dlm_theme_set_color (cr, &theme->background);
  cairo_fill_preserve (cr);
  dlm_theme_set_color (cr, &fill);
  cairo_fill_preserve (cr);
  dlm_theme_set_color (cr, &opaque);
  cairo_set_line_width (cr, dlm_theme_px (theme, 1.5));
  cairo_stroke (cr);
  cairo_restore (cr);
  if (with_value)
    {
      g_autofree char *text = dlm_format_short (value, -1);
      DlmTextRole role = DLM_TEXT_BODY;
      double w, h, f;

      /* the widest example value, "−1", decides the size for all: body
       * size, small size, or (at a high zoom) small size scaled to fit */
      dlm_text_size (cr, theme, DLM_TEXT_BODY, "−1", &w, NULL);
      if (w + dlm_theme_px (theme, 8) > size)
        role = DLM_TEXT_SMALL;
      dlm_text_size (cr, theme, role, "−1", &w, &h);
      f = MIN (1.0, size * 0.85 / MAX (w, h));
      cairo_save (cr);
      cairo_translate (cr, x + size / 2, y + size / 2);
      cairo_scale (cr, f, f);
      dlm_text_draw (cr, theme, role, NULL, 0, 0, DLM_ANCHOR_CENTER, text);
      cairo_restore (cr);
    }
}

/* A rows × cols block of cells with its top-left corner at (x, y). */
static void
draw_block (cairo_t        *cr,
            const DlmTheme *theme,
            double          x,
            double          y,
            double          cell,
            const double   *values,
            guint           rows,
            guint           cols,
            const DlmColor *color,
            gboolean        with_values)
{
  for (guint i = 0; i < rows; i++)
    for (guint j = 0; j < cols; j++)
      draw_cell (cr, theme, x + j * cell, y + i * cell, cell, color, values[i * cols + j],
                 with_values);
}

typedef struct {
  const char *id;            /* CSV and summary name */
  const char *title;
  const char *shape;
  const char *maths;
  int         ndim;
} ObjectInfo;

/* The object of column @k, centred on (cx, cy). A tensor is drawn as three
 * stacked 3 × 4 slices, the front one with its numbers. */
static void
draw_object (cairo_t        *cr,
             const DlmTheme *theme,
             guint           k,
             double          cx,
             double          cy,
             double          cell)
{
  static const double scalar = 7;
  double off = cell * 0.5;

  switch (k)
    {
    case 0:
      draw_block (cr, theme, cx - cell / 2, cy - cell / 2, cell, &scalar, 1, 1, &theme->series[0], TRUE);
      break;
    case 1:
      draw_block (cr, theme, cx - 1.5 * cell, cy - cell / 2, cell, vector_example, 1, 3,
                  &theme->series[1], TRUE);
      break;
    case 2:
      draw_block (cr, theme, cx - 2 * cell, cy - 1.5 * cell, cell, &matrix_example[0][0], 3, 4,
                  &theme->series[2], TRUE);
      break;
    default:
      for (int s = 2; s >= 0; s--)
        draw_block (cr, theme, cx - 2.5 * cell + s * off, cy - 1.5 * cell - s * off + off, cell,
                    &matrix_example[0][0], 3, 4, &theme->series[s == 0 ? 3 : s == 1 ? 4 : 5],
                    s == 0);
      break;
    }
}

static const ObjectInfo object_infos[4] = {
  { "scalar", N_("Scalar"), "()", N_("scalar"), 0 },
  { "vector", N_("Vector"), "(3,)", N_("vector"), 1 },
  { "matrix", N_("Matrix"), "(3, 4)", N_("matrix"), 2 },
  { "tensor", N_("Tensor"), "(3, 3, 4)", N_("3rd-order tensor"), 3 },
};

/* The four lines under an object: its shape and its names. */
static GStrv
object_words (const ObjectInfo *info)
{
  GStrv lines = g_new0 (char *, 5);

  lines[0] = g_strdup_printf (_("shape %s"), info->shape);
  lines[1] = g_strdup_printf (_("maths: %s"), _(info->maths));
  lines[2] = info->ndim < 3
    ? g_strdup_printf (_("NumPy: array, ndim %d"), info->ndim)
    : g_strdup_printf (_("NumPy: ND array, ndim %d"), info->ndim);
  lines[3] = g_strdup_printf (_("PyTorch: tensor, dim %d"), info->ndim);
  return lines;
}

/* Where object @k goes: four in a row on a wide figure, two by two on a
 * narrow one. */
static DlmRect
object_slot (DlmRect  area,
             guint    k,
             gboolean wide,
             double   gap)
{
  if (wide)
    return dlm_rect_column (area, 4, k, gap);
  return dlm_rect_column (dlm_rect_row (area, 2, k / 2, gap), 2, k % 2, gap);
}

static void
render_objects (DlmDatatypesTopic *self,
                cairo_t           *cr,
                const DlmTheme    *theme,
                DlmRect            area)
{
  const ObjectInfo *info = object_infos;
  double gap = dlm_theme_px (theme, 24), th, bh, cell, object_h, factor = 1;
  gboolean wide = area.width >= area.height * 1.6;
  DlmRect first = object_slot (area, 0, wide, gap);
  GStrv words[4];

  dlm_text_size (cr, theme, DLM_TEXT_TITLE, "Ag", NULL, &th);
  dlm_text_size (cr, theme, DLM_TEXT_BODY, "Ag", NULL, &bh);
  for (guint k = 0; k < 4; k++)
    {
      words[k] = object_words (&info[k]);
      factor = MIN (factor, dlm_datatypes_lines_factor (cr, theme, (const char *const *) words[k],
                                          object_slot (area, k, wide, gap).width));
    }
  /* the words take at most 45 % of the height below the titles, so that a
   * short figure (a high zoom) still shows the objects */
  factor = MIN (factor, 0.45 * MAX (first.height - th * 1.5, 0) / (bh * 1.25 * 4));
  factor = MAX (factor, 0.3);
  /* room for the title above and the four lines of words below */
  object_h = first.height - th * 1.5 - bh * factor * 1.25 * 4;
  cell = MIN (first.width / 5.5, object_h / 4.8);
  cell = MIN (cell, dlm_theme_px (theme, 72));
  /* the tallest object takes 4.8 cells: title, objects and words stay
   * together as one block, centred in its slot, instead of the objects
   * floating in the middle of the space left between title and words */
  object_h = 4.8 * cell;
  for (guint k = 0; k < 4; k++)
    {
      DlmRect slot = object_slot (area, k, wide, gap);
      double top = slot.y + MAX (0, (first.height - th * 1.5 - object_h - bh * factor * 1.25 * 4) / 2);
      double cy = top + th * 1.5 + object_h / 2;

      dlm_text_draw_fitted (cr, theme, DLM_TEXT_TITLE, NULL, slot.x + slot.width / 2, top,
                            DLM_ANCHOR_NORTH, slot.width, _(info[k].title));
      draw_object (cr, theme, k, slot.x + slot.width / 2, cy, cell);
      self->object_x[k] = slot.x + slot.width / 2;
      self->object_y[k] = cy;
      dlm_datatypes_draw_lines (cr, theme, slot.x + slot.width / 2, cy + 2.4 * cell, DLM_ANCHOR_NORTH, factor,
                  &theme->muted, (const char *const *) words[k]);
      g_strfreev (words[k]);
    }
  self->objects_valid = TRUE;
}

/* The course's example of rounding, 0.1 + 0.2 == 0.3, in each floating
 * type: True in float32 (the sum happens to round to the float32 of 0.3),
 * False in float64 (one unit in the last place apart). */
#define SUM_A      0.1
#define SUM_B      0.2
#define SUM_TARGET 0.3

static void
sum_checks (DlmRoundedSum *f32,
            DlmRoundedSum *f64)
{
  dlm_float32_sum_check (SUM_A, SUM_B, SUM_TARGET, f32);
  dlm_float64_sum_check (SUM_A, SUM_B, SUM_TARGET, f64);
}

/* A stored value as the figure writes it: float32 with every digit it
 * has (0.300000011920928955078125), float64 with the 17 that pick it out
 * (its exact expansion runs to 54 digits). */
static char *
stored_text (double   value,
             gboolean single)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (single)
    return dlm_format_exact (value);
  return g_strdup (g_ascii_formatd (buf, sizeof buf, "%.17g", value));
}

/* "float32: True. The sum happens to round to 0.300000011920928955078125,
 * the very float32 stored for 0.3" or "float64: False. The sum
 * 0.30000000000000004 misses 0.3 (stored as 0.29999999999999999) by 1 unit
 * in the last place"; @target is the target as typed. */
char *
dlm_datatypes_sum_sentence (const DlmRoundedSum *r,
                            gboolean             single,
                            const char          *target,
                            const char          *line_break)
{
  const char *type = single ? "float32" : "float64";
  g_autofree char *sum = stored_text (r->sum, single);
  g_autofree char *stored = stored_text (r->target, single);
  guint64 off = (guint64) ABS (r->ulps);
  g_autofree char *count = NULL;

  if (r->ulps == 0)
    /* TRANSLATORS: %2$s is a line break or a space, %4$s a number such as 0.3 */
    return g_strdup_printf (_("%1$s: True. The sum happens to round to%2$s%3$s,%2$sthe very %1$s stored for %4$s"),
                            type, line_break, sum, target);
  /* TRANSLATORS: %3$s is a line break or a space, %4$s a number such as 0.3 */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%1$s: False. The sum%3$s%2$s misses %4$s%3$s(stored as %5$s)%3$sby %6$s unit in the last place",
                                       "%1$s: False. The sum%3$s%2$s misses %4$s%3$s(stored as %5$s)%3$sby %6$s units in the last place",
                                       off),
                          type, sum, line_break, target, stored, (count = dlm_format_integer ((double) off)));
}

static void
draw_memory_bars (DlmDatatypesTopic *self,
                  cairo_t           *cr,
                  const DlmTheme    *theme,
                  DlmRect            rect)
{
  g_autoptr(DlmAxes) axes = dlm_axes_new (cr, theme, rect);
  const char *labels[3];
  g_autofree char *title = NULL;
  double bytes[3];

  for (guint d = 0; d < 3; d++)
    bytes[d] = (double) dlm_storage_bytes (n_elements (self), dlm_dtype_size (d));
  for (guint d = 0; d < 3; d++)
    labels[d] = dtype_names[d];
  title = g_strdup_printf (_("The %u × %u × 3 image in each type"), self->image->height, self->image->width);
  DlmLegendEntry legend[] = { { _("outlined: the chosen dtype"), &theme->highlight, FALSE, TRUE } };

  dlm_axes_set_categories (axes, labels, 3);
  /* headroom above the tallest bar's label for the key in the corner */
  dlm_axes_set_y (axes, DLM_SCALE_LINEAR, 0, bytes[2] * 1.5);
  dlm_axes_set_labels (axes, NULL, _("memory (bytes)"));
  dlm_axes_set_title (axes, title);
  dlm_axes_draw_frame (axes);
  dlm_axes_bars (axes, bytes, 3, 0, 1, &theme->series[0], DLM_DIGITS_NONE);
  dlm_axes_bar_outline (axes, self->dtype, bytes[self->dtype], 0, 1, &theme->highlight);
  /* the bars rise to the right: the upper left corner is free */
  dlm_axes_legend (axes, legend, G_N_ELEMENTS (legend), DLM_ANCHOR_NORTH_WEST);
  self->bytes_axes = dlm_axes_get_geometry (axes);
  for (guint d = 0; d < 3; d++)
    {
      /* the unit is the axis's: the labels stay as narrow as the bars */
      g_autofree char *text = format_count ((guint64) bytes[d]);

      dlm_axes_text (axes, d, bytes[d], DLM_ANCHOR_SOUTH, NULL, text);
    }
}

static void
draw_storage_notes (cairo_t        *cr,
                    const DlmTheme *theme,
                    DlmRect         rect)
{
  DlmRoundedSum r32, r64;
  g_autofree char *s32 = NULL, *s64 = NULL, *sums = NULL;
  g_autofree char *wrap = g_strdup_printf (_("<b>uint8: 250 + 10 = %u</b>\n"
                                             "8 bits hold 0 to 255, so 260 wraps\n"
                                             "around to 260 − 256 = 4, silently."),
                                           dlm_uint8_add (250, 10));
  const char *meaning = _("<b>“Data type” means two things</b>\n"
                          "Computing: how a value is stored (uint8, float32).\n"
                          "Statistics: what a variable measures: categorical,\n"
                          "ordinal, interval or ratio.");
  /* what each type can hold: the ranges and precision behind the bars */
  const char *holds = _("<b>What each type holds</b>\n"
                        "uint8, 1 byte: whole numbers 0 to 255\n"
                        "float32, 4 bytes: about 7 significant digits,\n"
                        "up to ±3.4 × 10<sup>38</sup>\n"
                        "float64, 8 bytes: about 16 significant digits,\n"
                        "up to ±1.8 × 10<sup>308</sup>");
  const char *notes[4 + 1];

  sum_checks (&r32, &r64);
  /* float64 first: the lesson "0.1 + 0.2 != 0.3" is float64's; float32 is
   * the case that happens to come out equal */
  s64 = dlm_datatypes_sum_sentence (&r64, FALSE, "0.3", "\n");
  s32 = dlm_datatypes_sum_sentence (&r32, TRUE, "0.3", "\n");
  sums = g_strdup_printf ("<b>%s</b>\n%s\n%s", _("Is 0.1 + 0.2 == 0.3?"), s64, s32);
  notes[0] = holds;
  notes[1] = sums;
  notes[2] = wrap;
  notes[3] = meaning;
  notes[4] = NULL;

  double pad = dlm_theme_px (theme, 12), space = dlm_theme_px (theme, 20), top = dlm_theme_px (theme, 24);
  double y = 0, total = 0, widest = 0, factor;

  for (guint i = 0; notes[i] != NULL; i++)
    {
      double w, h;

      dlm_text_size (cr, theme, DLM_TEXT_BODY, notes[i], &w, &h);
      widest = MAX (widest, w);
      total += h + pad + space;
    }
  /* one size for all the notes: as large as the column allows both ways,
   * so they neither run out of it nor leave half of it empty, between
   * half and 4/3 of the body size */
  factor = CLAMP (MIN ((rect.width - pad) / widest, (rect.height - top) / total), 0.5, 1.35);

  /* stacked from the top, each box as tall as its text, all at one size */
  cairo_save (cr);
  cairo_translate (cr, rect.x, rect.y + top);
  cairo_scale (cr, factor, factor);
  for (guint i = 0; notes[i] != NULL; i++)
    {
      double h;

      dlm_text_size (cr, theme, DLM_TEXT_BODY, notes[i], NULL, &h);
      dlm_text_draw_boxed (cr, theme, DLM_TEXT_BODY, 0, y, DLM_ANCHOR_NORTH_WEST, 0, notes[i]);
      y += h + pad + space;
    }
  cairo_restore (cr);
}

static void
render_storage (DlmDatatypesTopic *self,
                cairo_t           *cr,
                const DlmTheme    *theme,
                DlmRect            area)
{
  double gap = dlm_theme_px (theme, 28);
  DlmRect left = area, right = area;

  /* the chart takes a little over half: its bars, labels and key need
   * more room than the notes, which shrink or grow to fit their column */
  left.width = (area.width - gap) * (area.width < 1000 * theme->scale ? 0.56 : 0.52);
  right.x = area.x + left.width + gap;
  right.width = area.x + area.width - right.x;
  draw_memory_bars (self, cr, theme, left);
  draw_storage_notes (cr, theme, right);
}

static const char *
view_title (DlmDatatypesView view)
{
  switch (view)
    {
    case DLM_DATATYPES_VIEW_GRAYSCALE: return _("A grayscale image is a matrix of numbers");
    case DLM_DATATYPES_VIEW_CHANNELS:  return _("A color image is a 3rd-order tensor: three channel matrices");
    case DLM_DATATYPES_VIEW_STORAGE:   return _("Storage types: how many bytes, and what they can hold");
    case DLM_DATATYPES_VIEW_DTYPES:    return _("The dtype NumPy and PyTorch give a list of values");
    case DLM_DATATYPES_VIEW_KINDS:     return _("Statistical data types: what a variable measures");
    case DLM_DATATYPES_VIEW_OBJECTS:
    default:                           return _("Scalars, vectors, matrices and tensors");
    }
}

static void
dlm_datatypes_topic_render (DlmTopic       *topic,
                            cairo_t        *cr,
                            const DlmTheme *theme,
                            double          width,
                            double          height)
{
  DlmDatatypesTopic *self = DLM_DATATYPES_TOPIC (topic);
  DlmRect area = dlm_figure_begin (cr, theme, width, height, view_title (self->view));

  for (guint i = 0; i < N_PIXEL_PANELS; i++)
    self->panels[i].valid = FALSE;
  self->objects_valid = FALSE;
  self->bytes_axes.valid = FALSE;
  self->n_rows = 0;

  switch (self->view)
    {
    case DLM_DATATYPES_VIEW_DTYPES:
      dlm_datatypes_render_dtypes (self, cr, theme, area);
      break;
    case DLM_DATATYPES_VIEW_KINDS:
      dlm_datatypes_render_kinds (self, cr, theme, area);
      break;
    case DLM_DATATYPES_VIEW_GRAYSCALE:
      dlm_datatypes_render_grayscale (self, cr, theme, area);
      break;
    case DLM_DATATYPES_VIEW_CHANNELS:
      dlm_datatypes_render_channels (self, cr, theme, area);
      break;
    case DLM_DATATYPES_VIEW_STORAGE:
      render_storage (self, cr, theme, area);
      break;
    case DLM_DATATYPES_VIEW_OBJECTS:
    default:
      render_objects (self, cr, theme, area);
      break;
    }
}

/* ---- words ------------------------------------------------------------ */

static void
objects_csv (GString *out)
{
  g_string_append (out, "index,object,ndim,shape,size\n");
  for (guint k = 0; k < G_N_ELEMENTS (object_infos); k++)
    {
      static const guint sizes[] = { 1, 3, 12, 36 };

      g_string_append_printf (out, "%u,%s,%d,", k, object_infos[k].id, object_infos[k].ndim);
      dlm_csv_append_field (out, object_infos[k].shape);
      g_string_append_printf (out, ",%u\n", sizes[k]);
    }
}

/* The visible pixels, row by row: their gray level, or their three
 * channels. */
static void
pixels_csv (DlmDatatypesTopic *self,
            gboolean           channels,
            GString           *out)
{
  Window w = dlm_datatypes_visible_window (self);

  g_string_append (out, channels ? "row,col,r,g,b\n" : "row,col,value\n");
  for (guint y = w.y0; y < w.y0 + w.height; y++)
    for (guint x = w.x0; x < w.x0 + w.width; x++)
      {
        const guint8 *p = self->image->rgb + ((gsize) y * self->image->width + x) * 3;

        if (channels)
          g_string_append_printf (out, "%u,%u,%u,%u,%u\n", y, x, p[0], p[1], p[2]);
        else
          g_string_append_printf (out, "%u,%u,%u\n", y, x, dlm_datatypes_pixel_value (self->image, -1, x, y));
      }
}

/* One row per type: its bar, then the sum of the notes computed in it. */
static void
storage_csv (DlmDatatypesTopic *self,
             GString           *out)
{
  DlmRoundedSum sums[2];

  sum_checks (&sums[0], &sums[1]);
  g_string_append (out, "index,dtype,bytes_per_element,bytes,chosen,a,b,sum,target,stored_target,ulps\n");
  g_string_append_printf (out, "0,uint8,1,%" G_GUINT64_FORMAT ",%d,250,10,%u,260,,\n",
                          dlm_storage_bytes (n_elements (self), 1), self->dtype == DLM_DTYPE_UINT8,
                          dlm_uint8_add (250, 10));
  for (guint d = 1; d < 3; d++)
    {
      const DlmRoundedSum *r = &sums[d - 1];

      g_string_append_printf (out, "%u,%s,%u,%" G_GUINT64_FORMAT ",%d,", d, dtype_names[d],
                              dlm_dtype_size (d), dlm_storage_bytes (n_elements (self), dlm_dtype_size (d)),
                              self->dtype == d);
      for (guint k = 0; k < 2; k++)
        {
          dlm_format_number (out, (double[]) { SUM_A, SUM_B }[k]);
          g_string_append_c (out, ',');
        }
      dlm_format_number (out, r->sum);
      g_string_append_c (out, ',');
      dlm_format_number (out, SUM_TARGET);
      g_string_append_c (out, ',');
      dlm_format_number (out, r->target);
      g_string_append_printf (out, ",%" G_GINT64_FORMAT "\n", r->ulps);
    }
}

static void
dlm_datatypes_topic_write_csv (DlmTopic *topic,
                               GString  *out)
{
  DlmDatatypesTopic *self = DLM_DATATYPES_TOPIC (topic);

  switch (self->view)
    {
    case DLM_DATATYPES_VIEW_GRAYSCALE:
    case DLM_DATATYPES_VIEW_CHANNELS:
      pixels_csv (self, self->view == DLM_DATATYPES_VIEW_CHANNELS, out);
      break;
    case DLM_DATATYPES_VIEW_STORAGE:
      storage_csv (self, out);
      break;
    case DLM_DATATYPES_VIEW_DTYPES:
      dlm_datatypes_csv_dtypes (self, out);
      break;
    case DLM_DATATYPES_VIEW_KINDS:
      dlm_datatypes_csv_kinds (self, out);
      break;
    case DLM_DATATYPES_VIEW_OBJECTS:
    default:
      objects_csv (out);
      break;
    }
}

static void
window_stats (DlmDatatypesTopic *self,
              Window             w,
              guint             *lo,
              guint             *hi)
{
  *lo = 255;
  *hi = 0;
  for (guint y = w.y0; y < w.y0 + w.height; y++)
    for (guint x = w.x0; x < w.x0 + w.width; x++)
      {
        guint v = dlm_datatypes_pixel_value (self->image, -1, x, y);
        *lo = MIN (*lo, v);
        *hi = MAX (*hi, v);
      }
}

/* The image's size and the part the zoom shows (the picture views). */
static void
pixels_summary (DlmDatatypesTopic *self,
                GString           *out)
{
  Window w = dlm_datatypes_visible_window (self);
  guint H = self->image->height, W = self->image->width;

  dlm_summary_add_number (out, "height", H);
  dlm_summary_add_number (out, "width", W);
  dlm_summary_add_number (out, "visible_rows", w.height);
  dlm_summary_add_number (out, "visible_cols", w.width);
  if (self->view == DLM_DATATYPES_VIEW_GRAYSCALE)
    {
      guint lo, hi;

      window_stats (self, w, &lo, &hi);
      dlm_summary_add_number (out, "gray_min", lo);
      dlm_summary_add_number (out, "gray_max", hi);
    }
  else
    {
      g_autofree char *torch = g_strdup_printf ("(3, %u, %u)", H, W);
      g_autofree char *numpy = g_strdup_printf ("(%u, %u, 3)", H, W);

      dlm_summary_add_number (out, "channels", 3);
      dlm_summary_add_string (out, "torch_shape", torch);
      dlm_summary_add_string (out, "numpy_shape", numpy);
    }
}

static void
storage_summary (DlmDatatypesTopic *self,
                 GString           *out)
{
  DlmRoundedSum r32, r64;

  sum_checks (&r32, &r64);
  dlm_summary_add_number (out, "height", self->image->height);
  dlm_summary_add_number (out, "width", self->image->width);
  dlm_summary_add_number (out, "channels", 3);
  dlm_summary_add_string (out, "dtype", dtype_names[self->dtype]);
  dlm_summary_add_number (out, "bytes_per_element", dlm_dtype_size (self->dtype));
  dlm_summary_add_number (out, "bytes",
                          (double) dlm_storage_bytes (n_elements (self), dlm_dtype_size (self->dtype)));
  for (guint d = 0; d < 3; d++)
    {
      g_autofree char *key = g_strdup_printf ("bytes_%s", dtype_names[d]);

      dlm_summary_add_number (out, key, (double) dlm_storage_bytes (n_elements (self), dlm_dtype_size (d)));
    }
  dlm_summary_add_number (out, "uint8_sum", dlm_uint8_add (250, 10));
  dlm_summary_add_number (out, "float32_sum", r32.sum);
  dlm_summary_add_number (out, "float32_target", r32.target);
  dlm_summary_add_number (out, "float32_ulps", (double) r32.ulps);
  dlm_summary_add_number (out, "float64_sum", r64.sum);
  dlm_summary_add_number (out, "float64_target", r64.target);
  dlm_summary_add_number (out, "float64_ulps", (double) r64.ulps);
}

static void
objects_summary (GString *out)
{
  for (guint k = 0; k < G_N_ELEMENTS (object_infos); k++)
    {
      g_autofree char *key = g_strdup_printf ("%s_shape", object_infos[k].id);

      dlm_summary_add_string (out, key, object_infos[k].shape);
    }
}

static void
dlm_datatypes_topic_write_summary (DlmTopic *topic,
                                   GString  *out)
{
  DlmDatatypesTopic *self = DLM_DATATYPES_TOPIC (topic);

  switch (self->view)
    {
    case DLM_DATATYPES_VIEW_GRAYSCALE:
    case DLM_DATATYPES_VIEW_CHANNELS:
      pixels_summary (self, out);
      break;
    case DLM_DATATYPES_VIEW_STORAGE:
      storage_summary (self, out);
      break;
    case DLM_DATATYPES_VIEW_DTYPES:
      dlm_datatypes_summary_dtypes (self, out);
      break;
    case DLM_DATATYPES_VIEW_KINDS:
      dlm_datatypes_summary_kinds (self, out);
      break;
    case DLM_DATATYPES_VIEW_OBJECTS:
    default:
      objects_summary (out);
      break;
    }
}

static char *
describe_grayscale (DlmDatatypesTopic *self)
{
  Window w = dlm_datatypes_visible_window (self);
  guint lo, hi;

  window_stats (self, w, &lo, &hi);
  return g_strdup_printf (_("The image as a %u × %u matrix of gray levels, uint8 values from "
                            "0 (black) to 255 (white). Zoom %u shows rows %u to %u and "
                            "columns %u to %u, with values from %u to %u."),
                          self->image->height, self->image->width, self->zoom, w.y0,
                          w.y0 + w.height - 1, w.x0, w.x0 + w.width - 1, lo, hi);
}

static char *
describe_channels (DlmDatatypesTopic *self)
{
  Window w = dlm_datatypes_visible_window (self);
  guint H = self->image->height, W = self->image->width;
  g_autofree char *shapes = g_strdup_printf (_("The color image as three %u × %u channel matrices, red, green "
                                               "and blue: shape (3, %u, %u) in PyTorch's (C, H, W) order and "
                                               "(%u, %u, 3) in NumPy's and PIL's (H, W, C) order."),
                                             H, W, H, W, H, W);
  g_autofree char *shown = g_strdup_printf (_("Zoom %u shows rows %u to %u and columns %u to %u of each."),
                                            self->zoom, w.y0, w.y0 + w.height - 1, w.x0, w.x0 + w.width - 1);

  return g_strjoin (" ", shapes, shown, _("Under each matrix a scale runs from 0, black, to 255, "
                                          "the channel's full red, green or blue."), NULL);
}

static char *
describe_storage (DlmDatatypesTopic *self)
{
  guint64 n = n_elements (self);
  g_autofree char *b0 = format_count (dlm_storage_bytes (n, 1));
  g_autofree char *b1 = format_count (dlm_storage_bytes (n, 4));
  g_autofree char *b2 = format_count (dlm_storage_bytes (n, 8));
  DlmRoundedSum r32, r64;
  g_autofree char *s32 = NULL, *s64 = NULL, *bytes = NULL, *wrap = NULL;

  sum_checks (&r32, &r64);
  s64 = dlm_datatypes_sum_sentence (&r64, FALSE, "0.3", " ");
  s32 = dlm_datatypes_sum_sentence (&r32, TRUE, "0.3", " ");
  bytes = g_strdup_printf (_("The image's numbers take %s bytes as uint8, %s as float32 and %s "
                             "as float64 (chosen: %s)."), b0, b1, b2, dtype_names[self->dtype]);
  wrap = g_strdup_printf (_("In uint8, 250 + 10 wraps around to %u."), dlm_uint8_add (250, 10));
  /* TRANSLATORS: the question the figure asks, then its two answers */
  return g_strdup_printf (_("%s Is 0.1 + 0.2 == 0.3? %s. %s. %s"), bytes, s64, s32, wrap);
}

static char *
dlm_datatypes_topic_describe (DlmTopic *topic)
{
  DlmDatatypesTopic *self = DLM_DATATYPES_TOPIC (topic);

  switch (self->view)
    {
    case DLM_DATATYPES_VIEW_GRAYSCALE:
      return describe_grayscale (self);
    case DLM_DATATYPES_VIEW_CHANNELS:
      return describe_channels (self);
    case DLM_DATATYPES_VIEW_STORAGE:
      return describe_storage (self);
    case DLM_DATATYPES_VIEW_DTYPES:
      return dlm_datatypes_describe_dtypes (self);
    case DLM_DATATYPES_VIEW_KINDS:
      return dlm_datatypes_describe_kinds (self);
    case DLM_DATATYPES_VIEW_OBJECTS:
    default:
      return g_strdup (_("Four objects and their shapes: the scalar 7, shape (); the vector "
                         "[−1, 0, 1], shape (3,); the matrix [[−1, 0, 2, 8], [0, 1, 4, 4], "
                         "[1, 4, 9, 1]], shape (3, 4); and a tensor of three such slices, "
                         "shape (3, 3, 4). Mathematics calls them scalar, vector, matrix and "
                         "tensor; NumPy calls each an array (ndarray); PyTorch calls each a "
                         "tensor."));
    }
}

static char *
dlm_datatypes_topic_formula (DlmTopic *topic)
{
  DlmDatatypesTopic *self = DLM_DATATYPES_TOPIC (topic);

  switch (self->view)
    {
    case DLM_DATATYPES_VIEW_GRAYSCALE:
      return g_strdup ("Y = 0.299 R + 0.587 G + 0.114 B");
    case DLM_DATATYPES_VIEW_CHANNELS:
      return g_strdup_printf ("CHW (3, %u, %u)  ↔  HWC (%u, %u, 3)",
                              self->image->height, self->image->width,
                              self->image->height, self->image->width);
    case DLM_DATATYPES_VIEW_STORAGE:
      return g_strdup_printf (_("bytes = H × W × C × bytes per element = %u × %u × 3 × %u"),
                              self->image->height, self->image->width, dlm_dtype_size (self->dtype));
    case DLM_DATATYPES_VIEW_DTYPES:
      return dlm_datatypes_formula_dtypes (self);
    case DLM_DATATYPES_VIEW_KINDS:
      return g_strdup (_("categorical: =,   ordinal: = &lt;,   interval: = &lt; −,   ratio: = &lt; − ÷"));
    case DLM_DATATYPES_VIEW_OBJECTS:
    default:
      return g_strdup ("7 ∈ ℝ,   v ∈ ℝ<sup>3</sup>,   A ∈ ℝ<sup>3×4</sup>,   "
                       "T ∈ ℝ<sup>3×3×4</sup>");
    }
}

/* The storage view's words: the rounding as computed, float64 the case
 * that misses, float32 the one that happens to hit. */
static char *
explain_storage (void)
{
  DlmRoundedSum r32, r64;

  sum_checks (&r32, &r64);
  return g_strdup_printf (_("The same numbers take 1, 4 or 8 bytes each. Floating point stores the "
                            "nearest binary fraction, so a sum can miss: in float64, 0.1 + 0.2 == 0.3 "
                            "is %s. In float32 it is %s: the sum happens to round to the same float32 as 0.3. "
                            "Integers have a fixed range: uint8 wraps around past 255."),
                          r64.ulps == 0 ? "True" : "False", r32.ulps == 0 ? "True" : "False");
}

static char *
dlm_datatypes_topic_explanation (DlmTopic *topic)
{
  DlmDatatypesTopic *self = DLM_DATATYPES_TOPIC (topic);

  switch (self->view)
    {
    case DLM_DATATYPES_VIEW_GRAYSCALE:
      return g_strdup (_("Zoom in and the picture turns into numbers: every pixel of a "
                         "grayscale image is one entry of a matrix, from 0 for black to 255 "
                         "for white. The gray level weighs green most, because the eye is "
                         "most sensitive to it."));
    case DLM_DATATYPES_VIEW_CHANNELS:
      return g_strdup (_("A color pixel has three numbers, red, green and blue, so a color "
                         "image is three matrices: a 3rd-order tensor. NumPy and PIL keep the "
                         "channels last, (H, W, C); PyTorch puts them first, (C, H, W)."));
    case DLM_DATATYPES_VIEW_STORAGE:
      return explain_storage ();
    case DLM_DATATYPES_VIEW_DTYPES:
      return dlm_datatypes_explain_dtypes (self);
    case DLM_DATATYPES_VIEW_KINDS:
      return dlm_datatypes_explain_kinds (self);
    case DLM_DATATYPES_VIEW_OBJECTS:
    default:
      return g_strdup (_("The number of indices needed to pick one entry is the order: none "
                         "for a scalar, one for a vector, two for a matrix, three or more for a "
                         "tensor. NumPy calls every one an array and PyTorch a tensor; the "
                         "shape lists the length along each index."));
    }
}

/* What table row @index reads, in the dtypes or the kinds view. */
static char *
table_row_text (DlmDatatypesTopic *self,
                guint              index)
{
  return self->view == DLM_DATATYPES_VIEW_KINDS
    ? dlm_datatypes_kinds_point (self, index)
    : dlm_datatypes_dtypes_point (self, index);
}

/* The pointer over a table row reads that row. */
static gboolean
probe_table (DlmDatatypesTopic *self,
             double             x,
             double             y,
             DlmProbe          *probe)
{
  DlmRect box = self->table_box;
  guint row;

  if (self->n_rows == 0 || x < box.x || y < box.y || x >= box.x + box.width || y >= box.y + box.height)
    return FALSE;
  row = MIN ((guint) ((y - box.y) / (box.height / self->n_rows)), self->n_rows - 1);
  probe->x = x;
  probe->y = self->row_y[row];
  probe->text = table_row_text (self, row);
  return TRUE;
}

static gboolean
dlm_datatypes_topic_probe (DlmTopic *topic,
                           double    x,
                           double    y,
                           DlmProbe *probe)
{
  DlmDatatypesTopic *self = DLM_DATATYPES_TOPIC (topic);
  Window w = dlm_datatypes_visible_window (self);

  if (probe_table (self, x, y, probe))
    return TRUE;

  for (guint k = 0; k < N_PIXEL_PANELS; k++)
    {
      const PixelPanel *p = &self->panels[k];
      guint col, row;
      const guint8 *rgb;

      if (!p->valid || x < p->cells.x || y < p->cells.y
          || x >= p->cells.x + p->cells.width || y >= p->cells.y + p->cells.height)
        continue;
      col = w.x0 + MIN ((guint) ((x - p->cells.x) / p->cell), w.width - 1);
      row = w.y0 + MIN ((guint) ((y - p->cells.y) / p->cell), w.height - 1);
      rgb = self->image->rgb + ((gsize) row * self->image->width + col) * 3;
      probe->x = x;
      probe->y = y;
      probe->text = p->channel < 0
        ? g_strdup_printf (_("row %u, column %u: gray %u"), row, col,
                           dlm_datatypes_pixel_value (self->image, -1, col, row))
        : g_strdup_printf (_("row %u, column %u: R %u, G %u, B %u"), row, col,
                           rgb[0], rgb[1], rgb[2]);
      return TRUE;
    }
  return FALSE;
}

/* The cursor visits the pixels shown (one image row a row; in the channel
 * view once, as each read-out gives all three channels), the four
 * objects, or the three storage bars. */
static guint
dlm_datatypes_topic_count_points (DlmTopic *topic,
                                  guint    *row_length)
{
  DlmDatatypesTopic *self = DLM_DATATYPES_TOPIC (topic);
  Window w = dlm_datatypes_visible_window (self);
  guint panels = 0;

  for (guint k = 0; k < N_PIXEL_PANELS; k++)
    panels += self->panels[k].valid;
  if (panels > 0)
    {
      *row_length = w.width;
      return w.width * w.height;
    }
  if (self->objects_valid)
    return G_N_ELEMENTS (object_infos);
  if (self->n_rows > 0)
    {
      /* one table row a point, the header first */
      *row_length = 1;
      return self->n_rows;
    }
  return self->bytes_axes.valid ? 3 : 0;
}

static void
storage_point (DlmDatatypesTopic *self,
               guint              d,
               DlmProbe          *point)
{
  double bytes = (double) dlm_storage_bytes (n_elements (self), dlm_dtype_size (d));
  g_autofree char *count = format_count ((guint64) bytes);

  point->x = dlm_geometry_x_to_px (&self->bytes_axes, d);
  point->y = dlm_geometry_y_to_px (&self->bytes_axes, bytes);
  point->text = d == self->dtype
    /* TRANSLATORS: "float32: 12,288 bytes, the type chosen" */
    ? g_strdup_printf (_("%s: %s bytes, the type chosen"), dtype_names[d], count)
    : g_strdup_printf (_("%s: %s bytes"), dtype_names[d], count);
}

static gboolean
dlm_datatypes_topic_get_point (DlmTopic *topic,
                               guint     index,
                               DlmProbe *point)
{
  DlmDatatypesTopic *self = DLM_DATATYPES_TOPIC (topic);
  Window w = dlm_datatypes_visible_window (self);
  guint per_panel = w.width * w.height;

  if (self->objects_valid)
    {
      g_auto(GStrv) words = object_words (&object_infos[index]);
      g_autofree char *joined = g_strjoinv (", ", words);

      point->x = self->object_x[index];
      point->y = self->object_y[index];
      point->text = g_strdup_printf ("%s: %s", _(object_infos[index].title), joined);
      return TRUE;
    }
  if (self->bytes_axes.valid)
    {
      storage_point (self, index, point);
      return TRUE;
    }
  if (self->n_rows > 0)
    {
      point->x = self->row_x[index];
      point->y = self->row_y[index];
      point->text = table_row_text (self, index);
      return TRUE;
    }
  for (guint k = 0; k < N_PIXEL_PANELS; k++)
    {
      const PixelPanel *p = &self->panels[k];
      guint i = index % per_panel;

      if (!p->valid || index / per_panel > 0)
        {
          index -= p->valid ? per_panel : 0;
          continue;
        }
      return dlm_datatypes_topic_probe (topic, p->cells.x + (i % w.width + 0.5) * p->cell,
                                        p->cells.y + (i / w.width + 0.5) * p->cell, point);
    }
  return FALSE;
}

static gboolean
dlm_datatypes_topic_check_text (DlmTopic    *topic,
                                GParamSpec  *pspec,
                                const char  *text,
                                GError     **error)
{
  DlmDatatypesTopic *self = DLM_DATATYPES_TOPIC (topic);
  DlmImage *image;

  if (pspec == properties[PROP_VALUES])
    {
      g_autoptr(DlmPyList) values = dlm_py_list_parse ("values", text, error);

      return values != NULL;
    }
  if (g_strcmp0 (text, self->image_text) == 0)
    return TRUE;
  if (!(image = dlm_image_load ("image", text, error)))
    return FALSE;
  g_clear_pointer (&self->pending, dlm_image_free);
  g_free (self->pending_text);
  self->pending_text = g_strdup (text);
  self->pending = image;
  return TRUE;
}

/* ---- GObject ------------------------------------------------------------ */

static void
dlm_datatypes_topic_finalize (GObject *object)
{
  DlmDatatypesTopic *self = DLM_DATATYPES_TOPIC (object);

  g_clear_pointer (&self->image_text, g_free);
  g_clear_pointer (&self->image, dlm_image_free);
  g_clear_pointer (&self->pending_text, g_free);
  g_clear_pointer (&self->pending, dlm_image_free);
  g_clear_pointer (&self->values_text, g_free);
  g_clear_pointer (&self->values, dlm_py_list_free);

  G_OBJECT_CLASS (dlm_datatypes_topic_parent_class)->finalize (object);
}

static void
dlm_datatypes_topic_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  DlmDatatypesTopic *self = DLM_DATATYPES_TOPIC (object);

  switch (prop_id)
    {
    case PROP_IMAGE:
      g_value_set_string (value, self->image_text);
      break;
    case PROP_VIEW:
      g_value_set_enum (value, self->view);
      break;
    case PROP_ZOOM:
      g_value_set_int (value, self->zoom);
      break;
    case PROP_DTYPE:
      g_value_set_enum (value, self->dtype);
      break;
    case PROP_VALUES:
      g_value_set_string (value, self->values_text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlm_datatypes_topic_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  DlmDatatypesTopic *self = DLM_DATATYPES_TOPIC (object);

  switch (prop_id)
    {
    case PROP_IMAGE:
      set_image (self, g_value_get_string (value));
      break;
    case PROP_VIEW:
      set_view (self, g_value_get_enum (value));
      break;
    case PROP_ZOOM:
      set_zoom (self, g_value_get_int (value));
      break;
    case PROP_DTYPE:
      set_dtype (self, g_value_get_enum (value));
      break;
    case PROP_VALUES:
      set_values (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlm_datatypes_topic_class_init (DlmDatatypesTopicClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  DlmTopicClass *topic_class = DLM_TOPIC_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = dlm_datatypes_topic_finalize;
  object_class->get_property = dlm_datatypes_topic_get_property;
  object_class->set_property = dlm_datatypes_topic_set_property;

  topic_class->id = "datatypes";
  topic_class->slides_param = "view";
  topic_class->title = N_("Scalars, vectors, tensors");
  topic_class->check_text = dlm_datatypes_topic_check_text;
  topic_class->render = dlm_datatypes_topic_render;
  topic_class->write_csv = dlm_datatypes_topic_write_csv;
  topic_class->write_summary = dlm_datatypes_topic_write_summary;
  topic_class->write_code = dlm_datatypes_write_code;
  topic_class->write_plot_code = dlm_datatypes_write_plot_code;
  topic_class->describe = dlm_datatypes_topic_describe;
  topic_class->formula = dlm_datatypes_topic_formula;
  topic_class->explanation = dlm_datatypes_topic_explanation;
  topic_class->probe = dlm_datatypes_topic_probe;
  topic_class->count_points = dlm_datatypes_topic_count_points;
  topic_class->get_point = dlm_datatypes_topic_get_point;

  properties[PROP_IMAGE] =
    g_param_spec_string ("image", NULL,
                         N_("a PNG or JPEG file of at most 64 MB and 4096 × 4096 pixels, or the built-in picture landscape"),
                         DLM_IMAGE_BUILTIN, flags);
  properties[PROP_VIEW] =
    g_param_spec_enum ("view", NULL, NULL, DLM_TYPE_DATATYPES_VIEW, DLM_DATATYPES_VIEW_OBJECTS, flags);
  properties[PROP_ZOOM] =
    g_param_spec_int ("zoom", NULL, NULL, 1, DLM_DATATYPES_MAX_ZOOM, 1, flags);
  properties[PROP_DTYPE] =
    g_param_spec_enum ("dtype", NULL, NULL, DLM_TYPE_DTYPE, DLM_DTYPE_UINT8, flags);
  /* the dtypes view's own list, read like a Python literal */
  properties[PROP_VALUES] =
    g_param_spec_string ("values", NULL,
                         N_("a Python list such as [1, 2.5, True, 'cat'] or one value: whole numbers, "
                            "decimals, True, False, quoted strings; at most 120 characters"),
                         DLM_DATATYPES_DEFAULT_VALUES, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dlm_datatypes_topic_init (DlmDatatypesTopic *self)
{
  self->zoom = 1;
}

DlmTopic *
dlm_datatypes_topic_new (void)
{
  return g_object_new (DLM_TYPE_DATATYPES_TOPIC, NULL);
}

const DlmImage *
dlm_datatypes_topic_get_image (DlmDatatypesTopic *self)
{
  g_return_val_if_fail (DLM_IS_DATATYPES_TOPIC (self), NULL);
  return self->image;
}
