/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "dlm-export.h"
#include "dlm-lesson.h"
#include "dlm-pdf-info.h"
#include "dlm-quiz.h"
#include "dlm-quiz-sheet.h"
#include "dlm-topic-registry.h"
#include "dlm-view-names.h"

/* One page of the deck: a topic in one of its views (NULL: a topic with
 * no views, as it is). */
typedef struct {
  DlmTopic *topic;
  char     *view;
  gboolean  first;   /* the topic's first slide */
} Slide;

struct _DlmLesson
{
  GPtrArray *topics;   /* DlmTopic */
  GArray    *slides;   /* Slide */
  guint32    seed;
  char      *title;
  gboolean   all;      /* every topic, in the sidebar's order */
};

static void
slide_clear (gpointer data)
{
  Slide *slide = data;

  g_clear_object (&slide->topic);
  g_clear_pointer (&slide->view, g_free);
}

/* Shows @slide's view on its topic (accepted when the lesson was made). */
static void
slide_show (const Slide *slide)
{
  const char *param = DLM_TOPIC_GET_CLASS (slide->topic)->slides_param;

  if (slide->view != NULL)
    dlm_topic_set_param (slide->topic, param, slide->view, NULL);
}

static const char *
slide_name (const Slide *slide)
{
  return slide->view != NULL ? dlm_view_name (dlm_topic_get_id (slide->topic), slide->view)
                             : dlm_topic_get_title (slide->topic);
}

/* The topic's views that it accepts with its defaults, as presentation
 * mode skips those it refuses (a view may need other data). */
static void
add_slides (DlmLesson *self,
            DlmTopic  *topic)
{
  const char *param = DLM_TOPIC_GET_CLASS (topic)->slides_param;
  g_auto(GStrv) views = dlm_topic_list_slides (topic);
  gboolean first = TRUE;

  for (guint i = 0; views[i] != NULL; i++)
    if (dlm_topic_set_param (topic, param, views[i], NULL))
      {
        Slide slide = { g_object_ref (topic), g_strdup (views[i]), first };

        g_array_append_val (self->slides, slide);
        first = FALSE;
      }
  if (first)
    {
      Slide slide = { g_object_ref (topic), NULL, TRUE };

      g_array_append_val (self->slides, slide);
    }
}

static GStrv
all_topic_ids (void)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n;
  const DlmTopicTypeFunc *types = dlm_topic_registry_get (&n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GTypeClass) klass = g_type_class_ref (types[i] ());

      g_strv_builder_add (builder, DLM_TOPIC_CLASS (klass)->id);
    }
  return g_strv_builder_end (builder);
}

static char *
make_title (DlmLesson *self)
{
  if (self->topics->len == 1)
    return g_strdup (dlm_topic_get_title (g_ptr_array_index (self->topics, 0)));
  /* Translators: the title of an exported lesson of several topics */
  return g_strdup (_("The math under deep learning"));
}

DlmLesson *
dlm_lesson_new (const char *const *topic_ids,
                guint32            seed)
{
  g_auto(GStrv) all = topic_ids == NULL ? all_topic_ids () : NULL;
  const char *const *ids = topic_ids != NULL ? topic_ids : (const char *const *) all;
  DlmLesson *self;

  g_return_val_if_fail (ids[0] != NULL, NULL);

  self = g_new0 (DlmLesson, 1);
  self->topics = g_ptr_array_new_with_free_func (g_object_unref);
  self->slides = g_array_new (FALSE, TRUE, sizeof (Slide));
  g_array_set_clear_func (self->slides, slide_clear);
  self->seed = seed;
  self->all = topic_ids == NULL;
  for (guint i = 0; ids[i] != NULL; i++)
    {
      DlmTopic *topic = dlm_topic_registry_new (ids[i]);

      g_return_val_if_fail (topic != NULL, (dlm_lesson_free (self), NULL));
      dlm_topic_set_seed (topic, seed);
      g_ptr_array_add (self->topics, topic);
      add_slides (self, topic);
    }
  self->title = make_title (self);
  return self;
}

void
dlm_lesson_free (DlmLesson *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->topics);
  g_array_unref (self->slides);
  g_free (self->title);
  g_free (self);
}

const char *
dlm_lesson_get_title (DlmLesson *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->title;
}

guint
dlm_lesson_get_n_topics (DlmLesson *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->topics->len;
}

guint
dlm_lesson_get_n_slides (DlmLesson *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->slides->len;
}

gboolean
dlm_paper_from_string (const char *name,
                       DlmPaper   *paper)
{
  g_return_val_if_fail (paper != NULL, FALSE);

  if (g_strcmp0 (name, "a4") == 0)
    *paper = DLM_PAPER_A4;
  else if (g_strcmp0 (name, "letter") == 0)
    *paper = DLM_PAPER_LETTER;
  else
    return FALSE;
  return TRUE;
}

const char *
dlm_paper_to_string (DlmPaper paper)
{
  return paper == DLM_PAPER_LETTER ? "letter" : "a4";
}

/* ---- the deck ------------------------------------------------------------ */

/* Sizes in pixels of a 1920 × 1080 slide; a slide of another size scales
 * them by its unit. */
#define SLIDE_MARGIN       56.0
#define TOPIC_SIZE         26.0
#define TITLE_SIZE         46.0
#define FORMULA_SIZE       44.0
#define EXPLANATION_SIZE   26.0
#define MIN_EXPLANATION    19.0
#define FOOTER_SIZE        20.0
#define CARD_PADDING       28.0
#define GAP                20.0
/* the formula card takes at most this share of the slide's height */
#define MAX_CARD_SHARE     0.36
/* the smallest scale of the slide's own type: 15 px explanations */
#define MIN_UNIT           0.58

typedef struct {
  DlmLesson    *lesson;
  DlmThemeKind  kind;
  DlmTheme      theme;     /* for the slide's own text */
  double        width;     /* the slide in pixels */
  double        height;
  double        unit;      /* 1 at 1920 × 1080 */
  PangoLayout  *layout;
  DlmTopicProgress progress;
  gpointer      progress_data;
  gboolean      cancelled;
} Deck;

static void
deck_font (Deck     *d,
           double    size,
           gboolean  bold)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();

  pango_font_description_set_family (font, d->theme.font_family);
  pango_font_description_set_absolute_size (font, size * d->unit * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (d->layout, font);
}

/* Sets plain text (or markup) in @width pixels (-1: one line); returns
 * its height. */
static double
deck_set (Deck       *d,
          const char *text,
          gboolean    markup,
          double      width)
{
  int height;

  pango_layout_set_width (d->layout, width < 0 ? -1 : (int) (width * PANGO_SCALE));
  /* markup leaves its attributes on the layout; plain text drops them */
  pango_layout_set_attributes (d->layout, NULL);
  if (markup)
    pango_layout_set_markup (d->layout, text, -1);
  else
    pango_layout_set_text (d->layout, text, -1);
  pango_layout_get_size (d->layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

static void
deck_show (Deck           *d,
           cairo_t        *cr,
           const DlmColor *color,
           double          x,
           double          y)
{
  dlm_theme_set_color (cr, color);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, d->layout);
}

/* “3 / 41” at the right of the foot of the page, the lesson's title at
 * its left. */
static void
draw_footer (Deck    *d,
             cairo_t *cr,
             guint    page)
{
  g_autofree char *number = g_strdup_printf ("%u / %u", page, d->lesson->slides->len + 1);
  double m = SLIDE_MARGIN * d->unit;
  double y = d->height - m * 0.5 - FOOTER_SIZE * d->unit * 1.25;

  deck_font (d, FOOTER_SIZE, FALSE);
  deck_set (d, d->lesson->title, FALSE, (d->width - 2 * m) * 0.7);
  pango_layout_set_ellipsize (d->layout, PANGO_ELLIPSIZE_END);
  deck_show (d, cr, &d->theme.muted, m, y);
  pango_layout_set_ellipsize (d->layout, PANGO_ELLIPSIZE_NONE);
  deck_set (d, number, FALSE, d->width - 2 * m);
  pango_layout_set_alignment (d->layout, PANGO_ALIGN_RIGHT);
  deck_show (d, cr, &d->theme.muted, m, y);
  pango_layout_set_alignment (d->layout, PANGO_ALIGN_LEFT);
}

/* The top of the footer: what the card stands on. */
static double
footer_top (Deck *d)
{
  return d->height - SLIDE_MARGIN * d->unit * 0.5 - FOOTER_SIZE * d->unit * 1.25 - GAP * d->unit;
}

static void
fill_background (Deck    *d,
                 cairo_t *cr)
{
  dlm_theme_set_color (cr, &d->theme.background);
  cairo_paint (cr);
}

/* The topic's title over the view's name; returns where they end. */
static double
draw_slide_title (Deck        *d,
                  cairo_t     *cr,
                  const Slide *slide)
{
  double m = SLIDE_MARGIN * d->unit;
  double width = d->width - 2 * m;
  double y = m * 0.75;
  double height;

  pango_layout_set_ellipsize (d->layout, PANGO_ELLIPSIZE_END);
  deck_font (d, TOPIC_SIZE, TRUE);
  height = deck_set (d, dlm_topic_get_title (slide->topic), FALSE, width);
  deck_show (d, cr, &d->theme.muted, m, y);
  y += height;
  deck_font (d, TITLE_SIZE, TRUE);
  height = deck_set (d, slide_name (slide), FALSE, width);
  deck_show (d, cr, &d->theme.foreground, m, y);
  pango_layout_set_ellipsize (d->layout, PANGO_ELLIPSIZE_NONE);
  return y + height;
}

/* The formula card under the figure, as the window shows it: the formula
 * on one line (smaller when it is wider than the card, never wrapped),
 * the explanation beneath, smaller when it would take too much room. */
typedef struct {
  char   *formula;
  char   *explanation;
  double  formula_size;
  double  explanation_size;
  double  formula_height;
  double  height;         /* the card's, 0 when it has nothing to show */
} Card;

static void
card_clear (Card *card)
{
  g_clear_pointer (&card->formula, g_free);
  g_clear_pointer (&card->explanation, g_free);
}

static double
card_inner_width (Deck *d)
{
  return d->width - 2 * (SLIDE_MARGIN + CARD_PADDING) * d->unit;
}

static void
card_measure_formula (Deck *d,
                      Card *card)
{
  int natural;

  card->formula_size = FORMULA_SIZE;
  deck_font (d, card->formula_size, FALSE);
  deck_set (d, card->formula, TRUE, -1);
  pango_layout_get_size (d->layout, &natural, NULL);
  if (natural > card_inner_width (d) * PANGO_SCALE)
    card->formula_size *= card_inner_width (d) * PANGO_SCALE / natural;
  deck_font (d, card->formula_size, FALSE);
  card->formula_height = deck_set (d, card->formula, TRUE, -1);
}

static void
card_measure (Deck     *d,
              DlmTopic *topic,
              Card     *card)
{
  double pad = CARD_PADDING * d->unit;
  double explanation_height = 0;

  card->formula = dlm_topic_get_formula (topic);
  card->explanation = dlm_topic_get_explanation (topic);
  card->formula_height = 0;
  if (card->formula != NULL && *card->formula != '\0')
    card_measure_formula (d, card);
  for (card->explanation_size = EXPLANATION_SIZE; card->explanation != NULL; card->explanation_size -= 1)
    {
      deck_font (d, card->explanation_size, FALSE);
      explanation_height = deck_set (d, card->explanation, TRUE, card_inner_width (d));
      if (card->explanation_size <= MIN_EXPLANATION ||
          2 * pad + card->formula_height + explanation_height <= MAX_CARD_SHARE * d->height)
        break;
    }
  card->height = card->formula_height + explanation_height;
  if (card->formula_height > 0 && explanation_height > 0)
    card->height += GAP * 0.6 * d->unit;
  if (card->height > 0)
    card->height += 2 * pad;
}

static void
card_draw (Deck       *d,
           cairo_t    *cr,
           const Card *card,
           double      top)
{
  double m = SLIDE_MARGIN * d->unit;
  double pad = CARD_PADDING * d->unit;
  double radius = 16 * d->unit;
  double width = d->width - 2 * m;
  /* dlm_color_mix() takes the share of its first color */
  DlmColor fill = dlm_color_mix (&d->theme.foreground, &d->theme.background, 0.05);
  DlmColor border = dlm_color_mix (&d->theme.foreground, &d->theme.background, 0.2);
  double y = top + pad;

  cairo_new_sub_path (cr);
  cairo_arc (cr, m + width - radius, top + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, m + width - radius, top + card->height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, m + radius, top + card->height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, m + radius, top + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
  dlm_theme_set_color (cr, &fill);
  cairo_fill_preserve (cr);
  dlm_theme_set_color (cr, &border);
  cairo_set_line_width (cr, 1.5 * d->unit);
  cairo_stroke (cr);

  if (card->formula_height > 0)
    {
      deck_font (d, card->formula_size, FALSE);
      deck_set (d, card->formula, TRUE, -1);
      deck_show (d, cr, &d->theme.foreground, m + pad, y);
      y += card->formula_height + GAP * 0.6 * d->unit;
    }
  if (card->explanation != NULL)
    {
      deck_font (d, card->explanation_size, FALSE);
      deck_set (d, card->explanation, TRUE, card_inner_width (d));
      deck_show (d, cr, &d->theme.foreground, m + pad, y);
    }
}

/* The figure in the room between the title and the card, vector, drawn
 * by the topic as the window draws it at that size. */
static void
draw_figure (Deck     *d,
             cairo_t  *cr,
             DlmTopic *topic,
             double    top,
             double    bottom)
{
  double m = SLIDE_MARGIN * d->unit;
  double width = d->width - 2 * m;
  double height = MAX (bottom - top, 1);
  DlmTheme theme;

  dlm_theme_init (&theme, d->kind, dlm_theme_auto_scale (width, height));
  cairo_save (cr);
  cairo_translate (cr, m, top);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  dlm_topic_render (topic, cr, &theme, width, height);
  cairo_restore (cr);
}

static void
draw_slide (Deck        *d,
            cairo_t     *cr,
            const Slide *slide,
            guint        page)
{
  Card card = { 0 };
  double top, card_top;

  slide_show (slide);
  fill_background (d, cr);
  top = draw_slide_title (d, cr, slide) + GAP * d->unit;
  card_measure (d, slide->topic, &card);
  card_top = footer_top (d) - card.height;
  draw_figure (d, cr, slide->topic, top, card_top - (card.height > 0 ? GAP * d->unit : 0));
  if (card.height > 0)
    card_draw (d, cr, &card, card_top);
  draw_footer (d, cr, page);
  card_clear (&card);
}

/* ---- the title page -------------------------------------------------- */

#define LIST_TITLE_SIZE  30.0
#define LIST_VIEWS_SIZE  21.0
#define MAX_ROW          112.0

/* The names of @topic's slides, “Bars · Classifier · Stability”. */
static char *
topic_views (DlmLesson *self,
             DlmTopic  *topic)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < self->slides->len; i++)
    {
      const Slide *slide = &g_array_index (self->slides, Slide, i);

      if (slide->topic == topic)
        g_string_append_printf (out, "%s%s", out->len > 0 ? " · " : "", slide_name (slide));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
draw_topic_entry (Deck    *d,
                  cairo_t *cr,
                  guint    index,
                  double   x,
                  double   y,
                  double   width)
{
  DlmTopic *topic = g_ptr_array_index (d->lesson->topics, index);
  g_autofree char *title = g_strdup_printf ("%u  %s", index + 1, dlm_topic_get_title (topic));
  g_autofree char *views = topic_views (d->lesson, topic);
  double height;

  pango_layout_set_ellipsize (d->layout, PANGO_ELLIPSIZE_END);
  deck_font (d, LIST_TITLE_SIZE, TRUE);
  height = deck_set (d, title, FALSE, width);
  deck_show (d, cr, &d->theme.foreground, x, y);
  y += height;
  deck_font (d, LIST_VIEWS_SIZE, FALSE);
  deck_set (d, views, FALSE, width);
  deck_show (d, cr, &d->theme.muted, x, y + 4 * d->unit);
  pango_layout_set_ellipsize (d->layout, PANGO_ELLIPSIZE_NONE);
}

/* The topics in one column, or two when there are more than six. */
static void
draw_topic_list (Deck    *d,
                 cairo_t *cr,
                 double   top)
{
  guint n = d->lesson->topics->len;
  guint columns = n > 6 ? 2 : 1;
  guint rows = (n + columns - 1) / columns;
  double m = SLIDE_MARGIN * d->unit;
  double gap = 2 * GAP * d->unit;
  double column_width = (d->width - 2 * m - (columns - 1) * gap) / columns;
  double row = MIN ((footer_top (d) - top) / rows, MAX_ROW * d->unit);

  for (guint i = 0; i < n; i++)
    draw_topic_entry (d, cr, i, m + (i / rows) * (column_width + gap), top + (i % rows) * row,
                      column_width);
}

/* Shows one line (ellipsized) at @y; returns its height. */
static double
deck_line (Deck           *d,
           cairo_t        *cr,
           const char     *text,
           double          size,
           gboolean        bold,
           const DlmColor *color,
           double          y)
{
  double m = SLIDE_MARGIN * d->unit;
  double height;

  pango_layout_set_ellipsize (d->layout, PANGO_ELLIPSIZE_END);
  deck_font (d, size, bold);
  height = deck_set (d, text, FALSE, d->width - 2 * m);
  deck_show (d, cr, color, m, y);
  pango_layout_set_ellipsize (d->layout, PANGO_ELLIPSIZE_NONE);
  return height;
}

static char *
lesson_counts (DlmLesson *lesson)
{
  guint n_topics = lesson->topics->len;
  guint n_slides = lesson->slides->len;
  g_autofree char *topics = g_strdup_printf (ngettext ("%u topic", "%u topics", n_topics), n_topics);
  g_autofree char *slides = g_strdup_printf (ngettext ("%u slide", "%u slides", n_slides), n_slides);

  /* Translators: under an exported lesson's title: “13 topics · 44 slides · seed 42” */
  return g_strdup_printf (_("%s · %s · seed %u"), topics, slides, lesson->seed);
}

static void
draw_title_page (Deck    *d,
                 cairo_t *cr)
{
  g_autofree char *counts = lesson_counts (d->lesson);
  double y = SLIDE_MARGIN * d->unit * 1.5;

  fill_background (d, cr);
  y += deck_line (d, cr, "DL Math Explorer", TOPIC_SIZE, TRUE, &d->theme.muted, y);
  y += deck_line (d, cr, d->lesson->title, TITLE_SIZE * 1.5, TRUE, &d->theme.foreground, y);
  y += deck_line (d, cr, counts, TOPIC_SIZE, FALSE, &d->theme.muted, y);
  draw_topic_list (d, cr, y + 2 * GAP * d->unit);
  draw_footer (d, cr, 1);
}

/* ---- writing the deck ------------------------------------------------ */

static gboolean
deck_report (Deck  *d,
             guint  done)
{
  if (d->progress != NULL &&
      !d->progress ((double) done / (d->lesson->slides->len + 1), d->progress_data))
    d->cancelled = TRUE;
  return !d->cancelled;
}

/* Each topic an outline entry that opens its first slide, its views
 * under it. */
static void
add_outline (cairo_t     *cr,
             const Slide *slide,
             guint        page,
             int         *parent)
{
  if (slide->first)
    *parent = dlm_pdf_add_outline (cr, 0, dlm_topic_get_title (slide->topic), page);
  if (slide->view != NULL)
    dlm_pdf_add_outline (cr, *parent, slide_name (slide), page);
}

static void
draw_deck (cairo_t *cr,
           double   page_width,
           double   page_height,
           gpointer data)
{
  Deck *d = data;
  GArray *slides = d->lesson->slides;
  int parent = 0;

  d->layout = pango_cairo_create_layout (cr);
  pango_layout_set_wrap (d->layout, PANGO_WRAP_WORD_CHAR);
  dlm_pdf_set_info (cr, d->lesson->title);
  /* the slide is laid out in pixels, as a screen of its size shows it */
  cairo_scale (cr, page_width / d->width, page_height / d->height);
  draw_title_page (d, cr);
  for (guint i = 0; i < slides->len && deck_report (d, i + 1); i++)
    {
      const Slide *slide = &g_array_index (slides, Slide, i);

      cairo_show_page (cr);
      add_outline (cr, slide, i + 2, &parent);
      draw_slide (d, cr, slide, i + 2);
    }
  g_clear_object (&d->layout);
}

static GBytes *
check_cancelled (GBytes   *bytes,
                 gboolean  cancelled,
                 GError  **error)
{
  if (bytes != NULL && cancelled)
    {
      g_bytes_unref (bytes);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Stopped before the end"));
      return NULL;
    }
  return bytes;
}

GBytes *
dlm_lesson_to_deck (DlmLesson        *self,
                    DlmThemeKind      theme,
                    int               width,
                    int               height,
                    DlmTopicProgress  progress,
                    gpointer          progress_data,
                    GError          **error)
{
  /* the slide's type follows its size, as far down as stays legible */
  Deck d = { self, theme, { 0 }, width, height, MAX (MIN (width / 1920.0, height / 1080.0), MIN_UNIT),
             NULL, progress, progress_data, FALSE };
  GBytes *bytes;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (width >= DLM_DECK_MIN_SIDE && height >= DLM_DECK_MIN_SIDE, NULL);

  dlm_theme_init (&d.theme, theme, 1.0);
  bytes = dlm_export_to_bytes (DLM_FORMAT_PDF,
                               (int) (width * DLM_DECK_POINTS_PER_PIXEL + 0.5),
                               (int) (height * DLM_DECK_POINTS_PER_PIXEL + 0.5),
                               draw_deck, &d, error);
  return check_cancelled (bytes, d.cancelled, error);
}

/* ---- the handout ----------------------------------------------------- */

/* A figure of the handout: drawn at this size in pixels (light theme,
 * its type at about 8 pt once scaled to the text's width). */
#define HANDOUT_FIGURE_WIDTH   760.0
#define HANDOUT_FIGURE_HEIGHT  340.0

typedef struct {
  DlmTopic *topic;
  char     *view;
} HandoutFigure;

static void
handout_figure_free (gpointer data)
{
  HandoutFigure *figure = data;

  g_object_unref (figure->topic);
  g_free (figure->view);
  g_free (figure);
}

static void
draw_handout_figure (cairo_t *cr,
                     double   width,
                     double   height,
                     gpointer data)
{
  HandoutFigure *figure = data;
  Slide slide = { figure->topic, figure->view, FALSE };
  DlmTheme theme;

  slide_show (&slide);
  dlm_theme_init (&theme, DLM_THEME_LIGHT, dlm_theme_auto_scale (width, height));
  dlm_topic_render (figure->topic, cr, &theme, width, height);
}

static void
add_handout_slide (DlmQuizSheet *sheet,
                   const Slide  *slide)
{
  HandoutFigure *figure = g_new0 (HandoutFigure, 1);
  g_autofree char *formula = NULL;
  g_autofree char *explanation = NULL;

  slide_show (slide);
  formula = dlm_topic_get_formula (slide->topic);
  explanation = dlm_topic_get_explanation (slide->topic);
  figure->topic = g_object_ref (slide->topic);
  figure->view = g_strdup (slide->view);
  if (slide->view != NULL)
    dlm_quiz_sheet_add_heading (sheet, 2, slide_name (slide));
  dlm_quiz_sheet_add_figure (sheet, HANDOUT_FIGURE_WIDTH, HANDOUT_FIGURE_HEIGHT,
                             draw_handout_figure, figure, handout_figure_free);
  if (formula != NULL && *formula != '\0')
    dlm_quiz_sheet_add_formula (sheet, formula);
  if (explanation != NULL && *explanation != '\0')
    dlm_quiz_sheet_add_markup (sheet, explanation);
}

static void
add_handout_topic (DlmLesson    *self,
                   DlmQuizSheet *sheet,
                   DlmTopic     *topic)
{
  dlm_quiz_sheet_add_heading (sheet, 1, dlm_topic_get_title (topic));
  for (guint i = 0; i < self->slides->len; i++)
    {
      const Slide *slide = &g_array_index (self->slides, Slide, i);

      if (slide->topic == topic)
        add_handout_slide (sheet, slide);
    }
  if (dlm_quiz_has_topic (dlm_topic_get_id (topic)))
    {
      /* Translators: a heading of the printed handout, over a topic's questions */
      dlm_quiz_sheet_add_heading (sheet, 2, _("Quiz"));
      dlm_quiz_sheet_add_questions (sheet, dlm_topic_get_id (topic), self->seed);
    }
}

static void
add_handout_answers (DlmLesson    *self,
                     DlmQuizSheet *sheet)
{
  dlm_quiz_sheet_add_page_break (sheet);
  /* Translators: the heading of the printed handout's last pages */
  dlm_quiz_sheet_add_heading (sheet, 1, _("Answers"));
  for (guint i = 0; i < self->topics->len; i++)
    {
      DlmTopic *topic = g_ptr_array_index (self->topics, i);

      if (!dlm_quiz_has_topic (dlm_topic_get_id (topic)))
        continue;
      dlm_quiz_sheet_add_heading (sheet, 2, dlm_topic_get_title (topic));
      dlm_quiz_sheet_add_answers (sheet, dlm_topic_get_id (topic), self->seed);
    }
}

/* The command that prints the handout again, for its first page. */
static char *
handout_command (DlmLesson *self,
                 DlmPaper   paper)
{
  g_autoptr(GString) ids = g_string_new (NULL);

  /* every topic is what leaving --topics out gives */
  for (guint i = 0; i < self->topics->len && !self->all; i++)
    g_string_append_printf (ids, "%s%s", i > 0 ? "," : " --topics ",
                            dlm_topic_get_id (g_ptr_array_index (self->topics, i)));
  return g_strdup_printf ("dlmath --handout FILE.pdf%s --seed %u --paper %s",
                          ids->str, self->seed, dlm_paper_to_string (paper));
}

static DlmQuizSheet *
build_handout (DlmLesson *self,
               DlmPaper   paper)
{
  DlmQuizSheet *sheet = paper == DLM_PAPER_LETTER
                        ? dlm_quiz_sheet_new_document (self->title, 612, 792)
                        : dlm_quiz_sheet_new_document (self->title, 595, 842);
  g_autofree char *counts = lesson_counts (self);
  g_autofree char *command = handout_command (self, paper);
  g_autofree char *again = NULL;

  dlm_quiz_sheet_add_title (sheet, self->title);
  dlm_quiz_sheet_add_note (sheet, counts);
  /* Translators: on a printed handout's first page; %s is the command */
  again = g_strdup_printf (_("%s prints this handout again."), command);
  dlm_quiz_sheet_add_note (sheet, again);
  for (guint i = 0; i < self->topics->len; i++)
    {
      if (i > 0)
        dlm_quiz_sheet_add_page_break (sheet);
      add_handout_topic (self, sheet, g_ptr_array_index (self->topics, i));
    }
  add_handout_answers (self, sheet);
  return sheet;
}

GBytes *
dlm_lesson_to_handout (DlmLesson        *self,
                       DlmPaper          paper,
                       DlmTopicProgress  progress,
                       gpointer          progress_data,
                       GError          **error)
{
  g_autoptr(DlmQuizSheet) sheet = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  sheet = build_handout (self, paper);
  dlm_quiz_sheet_set_progress (sheet, progress, progress_data);
  return dlm_quiz_sheet_to_pdf (sheet, error);
}
