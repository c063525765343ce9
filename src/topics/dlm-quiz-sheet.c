/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "dlm-export.h"
#include "dlm-pdf-info.h"
#include "dlm-quiz.h"
#include "dlm-quiz-sheet.h"
#include "dlm-theme.h"

/* A4 portrait in points (210 × 297 mm), with 2 cm margins. */
#define PAGE_WIDTH   595
#define PAGE_HEIGHT  842
#define MARGIN       56.0
/* a 0.5 pt frame around a printed figure */
#define FRAME        0.5
#define FOOTER_SPACE 28.0

/* The sheet is a list of blocks, written once and then either printed
 * as plain text or laid out on PDF pages. */
typedef enum {
  BLOCK_TITLE,       /* a heading */
  BLOCK_NOTE,        /* a line under the sheet's heading */
  BLOCK_PROMPT,      /* "1." and a question; its choices stay on its page */
  BLOCK_CHOICE,      /* "a)" and a choice */
  BLOCK_ANSWER,      /* "1." and the right letter with its choice */
  BLOCK_REASON,      /* why that answer is right, under it */
  BLOCK_PAGE_BREAK,  /* the answer key starts a page of its own */
  BLOCK_HEADING,     /* a document's topic: an outline entry */
  BLOCK_SUBHEADING,  /* a part of it: an outline entry under the topic */
  BLOCK_FORMULA,     /* markup on one line */
  BLOCK_MARKUP,      /* markup, wrapped */
  BLOCK_FIGURE,      /* drawn by a DlmDrawFunc */
} BlockKind;

typedef struct {
  BlockKind       kind;
  char           *label;
  char           *text;
  /* BLOCK_FIGURE: its size in its own units, and how it is drawn */
  double          width;
  double          height;
  DlmDrawFunc     draw;
  gpointer        data;
  GDestroyNotify  destroy;
} Block;

struct _DlmQuizSheet
{
  char             *title;
  guint32           seed;
  GArray           *blocks;   /* Block */
  /* a document (a handout) rather than a quiz sheet */
  gboolean          document;
  double            page_width;
  double            page_height;
  DlmTopicProgress  progress;
  gpointer          progress_data;
  gboolean          cancelled;
};

static void
block_clear (gpointer data)
{
  Block *block = data;

  g_clear_pointer (&block->label, g_free);
  g_clear_pointer (&block->text, g_free);
  if (block->destroy != NULL)
    g_clear_pointer (&block->data, block->destroy);
}

/* Takes @label and @text. */
static void
add_block (DlmQuizSheet *self,
           BlockKind     kind,
           char         *label,
           char         *text)
{
  Block block = { kind, label, text, 0, 0, NULL, NULL, NULL };

  g_array_append_val (self->blocks, block);
}

static void
add_questions (DlmQuizSheet *self,
               GPtrArray    *questions)
{
  for (guint i = 0; i < questions->len; i++)
    {
      const DlmQuizQuestion *q = g_ptr_array_index (questions, i);

      add_block (self, BLOCK_PROMPT, g_strdup_printf ("%u.", i + 1),
                 g_strdup (dlm_quiz_question_get_prompt (q)));
      for (guint c = 0; c < dlm_quiz_question_get_n_choices (q); c++)
        add_block (self, BLOCK_CHOICE, g_strdup_printf ("%c)", 'a' + c),
                   g_strdup (dlm_quiz_question_get_choice (q, c)));
    }
}

static void
add_answer_blocks (DlmQuizSheet *self,
                   GPtrArray    *questions)
{
  for (guint i = 0; i < questions->len; i++)
    {
      const DlmQuizQuestion *q = g_ptr_array_index (questions, i);
      guint right = dlm_quiz_question_get_correct (q);

      add_block (self, BLOCK_ANSWER, g_strdup_printf ("%u.", i + 1),
                 g_strdup_printf ("%c) %s", 'a' + right, dlm_quiz_question_get_choice (q, right)));
      add_block (self, BLOCK_REASON, NULL, g_strdup (dlm_quiz_question_get_reason (q, right)));
    }
}

static void
add_answer_key (DlmQuizSheet *self,
                GPtrArray    *questions)
{
  add_block (self, BLOCK_PAGE_BREAK, NULL, NULL);
  /* Translators: the heading of a printed quiz's last page, e.g.
   * “Answer key: Softmax, seed 42” */
  add_block (self, BLOCK_TITLE, NULL, g_strdup_printf (_("Answer key: %s, seed %u"), self->title, self->seed));
  add_answer_blocks (self, questions);
}

DlmQuizSheet *
dlm_quiz_sheet_new (const char *topic_id,
                    const char *title,
                    guint32     seed)
{
  g_autoptr(GPtrArray) questions = NULL;
  DlmQuizSheet *self;

  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (dlm_quiz_has_topic (topic_id), NULL);

  questions = dlm_quiz_new_for_topic (topic_id, seed);
  self = dlm_quiz_sheet_new_document (title, PAGE_WIDTH, PAGE_HEIGHT);
  self->document = FALSE;
  self->seed = seed;

  /* Translators: a printed quiz's heading, e.g. “Quiz: Softmax” */
  add_block (self, BLOCK_TITLE, NULL, g_strdup_printf (_("Quiz: %s"), title));
  /* Translators: under a printed quiz's heading; the seed, then the command
   * that prints the same quiz again */
  add_block (self, BLOCK_NOTE, NULL, g_strdup_printf (_("Seed %u: dlmath --topic %s --quiz --seed %u "
                                                        "prints this quiz again."),
                                                      seed, topic_id, seed));
  add_block (self, BLOCK_NOTE, NULL, g_strdup_printf ("%s ________________________________", _("Name:")));
  add_questions (self, questions);
  add_answer_key (self, questions);

  return self;
}

void
dlm_quiz_sheet_free (DlmQuizSheet *self)
{
  if (self == NULL)
    return;

  g_free (self->title);
  g_array_unref (self->blocks);
  g_free (self);
}

DlmQuizSheet *
dlm_quiz_sheet_new_document (const char *title,
                             double      width,
                             double      height)
{
  DlmQuizSheet *self;

  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (width > 2 * MARGIN && height > 2 * MARGIN + FOOTER_SPACE, NULL);

  self = g_new0 (DlmQuizSheet, 1);
  self->title = g_strdup (title);
  self->document = TRUE;
  self->page_width = width;
  self->page_height = height;
  self->blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  g_array_set_clear_func (self->blocks, block_clear);
  return self;
}

void
dlm_quiz_sheet_add_title (DlmQuizSheet *self,
                          const char   *text)
{
  g_return_if_fail (self != NULL && text != NULL);
  add_block (self, BLOCK_TITLE, NULL, g_strdup (text));
}

void
dlm_quiz_sheet_add_note (DlmQuizSheet *self,
                         const char   *text)
{
  g_return_if_fail (self != NULL && text != NULL);
  add_block (self, BLOCK_NOTE, NULL, g_strdup (text));
}

void
dlm_quiz_sheet_add_page_break (DlmQuizSheet *self)
{
  g_return_if_fail (self != NULL);
  add_block (self, BLOCK_PAGE_BREAK, NULL, NULL);
}

void
dlm_quiz_sheet_add_heading (DlmQuizSheet *self,
                            guint         level,
                            const char   *text)
{
  g_return_if_fail (self != NULL && text != NULL);
  g_return_if_fail (level == 1 || level == 2);
  add_block (self, level == 1 ? BLOCK_HEADING : BLOCK_SUBHEADING, NULL, g_strdup (text));
}

void
dlm_quiz_sheet_add_formula (DlmQuizSheet *self,
                            const char   *markup)
{
  g_return_if_fail (self != NULL && markup != NULL);
  add_block (self, BLOCK_FORMULA, NULL, g_strdup (markup));
}

void
dlm_quiz_sheet_add_markup (DlmQuizSheet *self,
                           const char   *markup)
{
  g_return_if_fail (self != NULL && markup != NULL);
  add_block (self, BLOCK_MARKUP, NULL, g_strdup (markup));
}

void
dlm_quiz_sheet_add_figure (DlmQuizSheet   *self,
                           double          width,
                           double          height,
                           DlmDrawFunc     draw,
                           gpointer        data,
                           GDestroyNotify  destroy)
{
  Block block = { BLOCK_FIGURE, NULL, g_strdup (""), width, height, draw, data, destroy };

  g_return_if_fail (self != NULL && draw != NULL);
  g_return_if_fail (width > 0 && height > 0);
  g_array_append_val (self->blocks, block);
}

void
dlm_quiz_sheet_add_questions (DlmQuizSheet *self,
                              const char   *topic_id,
                              guint32       seed)
{
  g_autoptr(GPtrArray) questions = NULL;

  g_return_if_fail (self != NULL);
  g_return_if_fail (dlm_quiz_has_topic (topic_id));

  questions = dlm_quiz_new_for_topic (topic_id, seed);
  add_questions (self, questions);
}

void
dlm_quiz_sheet_add_answers (DlmQuizSheet *self,
                            const char   *topic_id,
                            guint32       seed)
{
  g_autoptr(GPtrArray) questions = NULL;

  g_return_if_fail (self != NULL);
  g_return_if_fail (dlm_quiz_has_topic (topic_id));

  /* the same seed asks the same questions */
  questions = dlm_quiz_new_for_topic (topic_id, seed);
  add_answer_blocks (self, questions);
}

void
dlm_quiz_sheet_set_progress (DlmQuizSheet     *self,
                             DlmTopicProgress  progress,
                             gpointer          data)
{
  g_return_if_fail (self != NULL);

  self->progress = progress;
  self->progress_data = data;
}

char *
dlm_quiz_sheet_to_text (DlmQuizSheet *self)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      const Block *b = &g_array_index (self->blocks, Block, i);

      switch (b->kind)
        {
        case BLOCK_TITLE:
        case BLOCK_NOTE:
          g_string_append_printf (out, "%s\n", b->text);
          break;
        case BLOCK_HEADING:
        case BLOCK_SUBHEADING:
        case BLOCK_FORMULA:
        case BLOCK_MARKUP:
          g_string_append_printf (out, "\n%s\n", b->text);
          break;
        case BLOCK_FIGURE:
          break;
        case BLOCK_PROMPT:
        case BLOCK_ANSWER:
          g_string_append_printf (out, "\n%s %s\n", b->label, b->text);
          break;
        case BLOCK_CHOICE:
          g_string_append_printf (out, "   %s %s\n", b->label, b->text);
          break;
        case BLOCK_REASON:
          g_string_append_printf (out, "   %s\n", b->text);
          break;
        case BLOCK_PAGE_BREAK:
        default:
          g_string_append (out, "\n\f");
          break;
        }
    }
  return g_string_free (out, FALSE);
}

/* How each kind of block is set: sizes in points. A follower is kept on
 * the page of the block before it (a question's choices, an answer's
 * reason, a figure's formula and explanation); a heading is kept on the
 * page of what follows it. */
typedef struct {
  double   size;
  gboolean bold;
  gboolean muted;
  double   space_before;
  double   indent;        /* where the label starts */
  double   label_width;   /* the text starts this far after the label */
  gboolean follower;
  gboolean keep_with_next;
} BlockStyle;

static const BlockStyle styles[] = {
  [BLOCK_TITLE]      = { 17.0, TRUE,  FALSE,  0.0,  0.0,  0.0, FALSE, FALSE },
  [BLOCK_NOTE]       = { 10.0, FALSE, TRUE,   6.0,  0.0,  0.0, FALSE, FALSE },
  [BLOCK_PROMPT]     = { 11.0, TRUE,  FALSE, 14.0,  0.0, 22.0, FALSE, FALSE },
  [BLOCK_CHOICE]     = { 10.5, FALSE, FALSE,  3.0, 22.0, 20.0, TRUE,  FALSE },
  [BLOCK_ANSWER]     = { 11.0, TRUE,  FALSE, 14.0,  0.0, 22.0, FALSE, FALSE },
  [BLOCK_REASON]     = { 10.0, FALSE, TRUE,   3.0, 22.0,  0.0, TRUE,  FALSE },
  [BLOCK_PAGE_BREAK] = {  0.0, FALSE, FALSE,  0.0,  0.0,  0.0, FALSE, FALSE },
  [BLOCK_HEADING]    = { 15.0, TRUE,  FALSE, 22.0,  0.0,  0.0, FALSE, TRUE  },
  [BLOCK_SUBHEADING] = { 12.0, TRUE,  FALSE, 16.0,  0.0,  0.0, FALSE, TRUE  },
  [BLOCK_FORMULA]    = { 13.0, FALSE, FALSE,  8.0,  0.0,  0.0, TRUE,  FALSE },
  [BLOCK_MARKUP]     = { 10.5, FALSE, FALSE,  6.0,  0.0,  0.0, TRUE,  FALSE },
  [BLOCK_FIGURE]     = {  0.0, FALSE, FALSE,  6.0,  0.0,  0.0, TRUE,  FALSE },
};

typedef struct {
  DlmQuizSheet *sheet;
  cairo_t      *cr;
  PangoLayout  *layout;
  DlmTheme      theme;
  double        y;
  int           page;
  int           n_pages;  /* a document's, once counted */
  gboolean      draw;     /* FALSE: only counts the pages */
  int           outline;  /* the topic's outline entry */
} Printer;

static double
page_width (Printer *p)
{
  return p->sheet->page_width;
}

static double
page_height (Printer *p)
{
  return p->sheet->page_height;
}

static void
set_layout_text (PangoLayout *layout,
                 BlockKind    kind,
                 const char  *text)
{
  /* markup leaves its attributes on the layout; plain text drops them */
  pango_layout_set_attributes (layout, NULL);
  if (kind == BLOCK_FORMULA || kind == BLOCK_MARKUP)
    pango_layout_set_markup (layout, text, -1);
  else
    pango_layout_set_text (layout, text, -1);
}

static void
set_layout_font (Printer *p,
                 double   size,
                 gboolean bold)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();

  pango_font_description_set_family (font, p->theme.font_family);
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (p->layout, font);
}

/* A formula is never wrapped (a line break inside it could read as
 * something else): one wider than @width is set smaller. */
static void
fit_formula (Printer    *p,
             const char *text,
             double      width)
{
  int natural;

  pango_layout_set_width (p->layout, -1);
  pango_layout_get_size (p->layout, &natural, NULL);
  if (natural <= width * PANGO_SCALE)
    return;
  set_layout_font (p, styles[BLOCK_FORMULA].size * width * PANGO_SCALE / natural, FALSE);
  set_layout_text (p->layout, BLOCK_FORMULA, text);
}

/* Sets @text in the layout for @kind, wrapped to what is left of the
 * line after the indent and the label's column; returns its height. */
static double
printer_set_text (Printer    *p,
                  BlockKind   kind,
                  const char *text,
                  double      width)
{
  const BlockStyle *style = &styles[kind];
  int height;

  set_layout_font (p, style->size, style->bold);
  pango_layout_set_width (p->layout, (int) (width * PANGO_SCALE));
  set_layout_text (p->layout, kind, text);
  if (kind == BLOCK_FORMULA)
    fit_formula (p, text, width);
  pango_layout_get_size (p->layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

static double
text_width (Printer          *p,
            const BlockStyle *style)
{
  return page_width (p) - 2 * MARGIN - style->indent - style->label_width;
}

static double
block_height (Printer     *p,
              const Block *b)
{
  const BlockStyle *style = &styles[b->kind];

  if (b->kind == BLOCK_FIGURE)
    return style->space_before + text_width (p, style) * b->height / b->width;
  return style->space_before + printer_set_text (p, b->kind, b->text, text_width (p, style));
}

/* A block is kept on one page with its followers (a question with its
 * choices, an answer with its reason), and a heading with the group
 * after it: the height of all that from the block at @index. */
static double
group_height (Printer *p,
              guint    index)
{
  GArray *blocks = p->sheet->blocks;
  const Block *first = &g_array_index (blocks, Block, index);
  double height = block_height (p, first);
  guint i;

  for (i = index + 1; i < blocks->len; i++)
    {
      const Block *b = &g_array_index (blocks, Block, i);

      if (!styles[b->kind].follower)
        break;
      height += block_height (p, b);
    }
  /* a heading (with nothing under it yet) goes with what follows */
  if (styles[first->kind].keep_with_next && i == index + 1 && i < blocks->len &&
      g_array_index (blocks, Block, i).kind != BLOCK_PAGE_BREAK)
    height += group_height (p, i);
  return height;
}

/* The foot of each page, so that loose pages find their sheet and a
 * key finds its questions: “Softmax · seed 42 · page 2” on a quiz,
 * “Lesson · 3 / 12” in a document. */
static void
printer_draw_footer (Printer *p)
{
  g_autofree char *footer = NULL;

  if (!p->draw)
    return;
  if (p->sheet->document)
    /* Translators: the foot of a printed handout's pages: its title, the
     * page number and the number of pages */
    footer = g_strdup_printf (_("%s · %d / %d"), p->sheet->title, p->page, p->n_pages);
  else
    /* Translators: the foot of a printed quiz's pages: topic, seed, page number */
    footer = g_strdup_printf (_("%s · seed %u · page %d"),
                              p->sheet->title, p->sheet->seed, p->page);

  printer_set_text (p, BLOCK_REASON, footer, page_width (p) - 2 * MARGIN);
  pango_layout_set_alignment (p->layout, PANGO_ALIGN_CENTER);
  dlm_theme_set_color (p->cr, &p->theme.muted);
  cairo_move_to (p->cr, MARGIN, page_height (p) - MARGIN);
  pango_cairo_show_layout (p->cr, p->layout);
  pango_layout_set_alignment (p->layout, PANGO_ALIGN_LEFT);
}

static void
printer_next_page (Printer *p)
{
  printer_draw_footer (p);
  if (p->draw)
    cairo_show_page (p->cr);
  p->page++;
  p->y = MARGIN;
}

/* The figure as wide as the text, in a hairline frame. */
static void
printer_draw_figure (Printer     *p,
                     const Block *b,
                     double       x,
                     double       width)
{
  double scale = width / b->width;

  cairo_save (p->cr);
  cairo_translate (p->cr, x, p->y);
  cairo_scale (p->cr, scale, scale);
  cairo_rectangle (p->cr, 0, 0, b->width, b->height);
  cairo_clip (p->cr);
  b->draw (p->cr, b->width, b->height, b->data);
  cairo_restore (p->cr);

  cairo_save (p->cr);
  dlm_theme_set_color (p->cr, &p->theme.grid);
  cairo_set_line_width (p->cr, FRAME);
  cairo_rectangle (p->cr, x, p->y, width, b->height * scale);
  cairo_stroke (p->cr);
  cairo_restore (p->cr);
}

static void
printer_add_outline (Printer     *p,
                     const Block *b)
{
  if (b->kind == BLOCK_HEADING)
    p->outline = dlm_pdf_add_outline (p->cr, 0, b->text, p->page);
  else if (b->kind == BLOCK_SUBHEADING)
    dlm_pdf_add_outline (p->cr, p->outline, b->text, p->page);
}

static void
printer_draw_block (Printer     *p,
                    const Block *b)
{
  const BlockStyle *style = &styles[b->kind];
  double x = MARGIN + style->indent;
  double height;

  /* the first block of a page needs no space above it */
  if (p->y > MARGIN)
    p->y += style->space_before;
  if (b->kind == BLOCK_FIGURE)
    {
      height = text_width (p, style) * b->height / b->width;
      if (p->draw)
        printer_draw_figure (p, b, x, text_width (p, style));
      p->y += height;
      return;
    }
  if (p->draw)
    printer_add_outline (p, b);
  dlm_theme_set_color (p->cr, style->muted ? &p->theme.muted : &p->theme.foreground);
  if (b->label != NULL)
    {
      printer_set_text (p, b->kind, b->label, style->label_width);
      cairo_move_to (p->cr, x, p->y);
      if (p->draw)
        pango_cairo_show_layout (p->cr, p->layout);
    }
  height = printer_set_text (p, b->kind, b->text, text_width (p, style));
  cairo_move_to (p->cr, x + style->label_width, p->y);
  if (p->draw)
    pango_cairo_show_layout (p->cr, p->layout);
  p->y += height;
}

static gboolean
printer_report (Printer *p,
                guint    done)
{
  DlmQuizSheet *sheet = p->sheet;

  if (!p->draw || sheet->progress == NULL)
    return TRUE;
  if (!sheet->progress ((double) done / MAX (sheet->blocks->len, 1), sheet->progress_data))
    sheet->cancelled = TRUE;
  return !sheet->cancelled;
}

/* Lays the blocks out on pages, drawing them or (p->draw FALSE) only
 * counting the pages. A page break on an empty page is no new page. */
static void
printer_run (Printer *p)
{
  GArray *blocks = p->sheet->blocks;

  for (guint i = 0; i < blocks->len && printer_report (p, i); i++)
    {
      const Block *b = &g_array_index (blocks, Block, i);
      double bottom = page_height (p) - MARGIN - FOOTER_SPACE;

      if (p->y > MARGIN &&
          (b->kind == BLOCK_PAGE_BREAK ||
           (!styles[b->kind].follower && p->y + group_height (p, i) > bottom)))
        printer_next_page (p);
      if (b->kind != BLOCK_PAGE_BREAK)
        printer_draw_block (p, b);
    }
  printer_draw_footer (p);
}

static void
printer_start (Printer *p,
               gboolean draw)
{
  p->y = MARGIN;
  p->page = 1;
  p->draw = draw;
  p->outline = 0;
}

static void
draw_sheet (cairo_t  *cr,
            double    width,
            double    height,
            gpointer  data)
{
  Printer p = { data, cr, pango_cairo_create_layout (cr), { 0 }, MARGIN, 1, 0, TRUE, 0 };
  g_autofree char *title = NULL;

  dlm_theme_init (&p.theme, DLM_THEME_LIGHT, 1.0);
  title = p.sheet->document ? g_strdup (p.sheet->title) : g_strdup_printf (_("Quiz: %s"), p.sheet->title);
  dlm_pdf_set_info (cr, title);
  pango_layout_set_wrap (p.layout, PANGO_WRAP_WORD_CHAR);
  if (p.sheet->document)
    {
      /* “3 / 12” needs the number of pages first */
      printer_start (&p, FALSE);
      printer_run (&p);
      p.n_pages = p.page;
    }
  printer_start (&p, TRUE);
  printer_run (&p);
  g_object_unref (p.layout);
}

GBytes *
dlm_quiz_sheet_to_pdf (DlmQuizSheet  *self,
                       GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  self->cancelled = FALSE;
  bytes = dlm_export_to_bytes (DLM_FORMAT_PDF, (int) self->page_width, (int) self->page_height,
                               draw_sheet, self, error);
  if (bytes != NULL && self->cancelled)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Stopped before the end"));
      return NULL;
    }
  return g_steal_pointer (&bytes);
}
