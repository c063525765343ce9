/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "dlm-export.h"
#include "dlm-quiz.h"
#include "dlm-quiz-sheet.h"
#include "dlm-theme.h"

/* A4 portrait in points (210 × 297 mm), with 2 cm margins. */
#define PAGE_WIDTH   595
#define PAGE_HEIGHT  842
#define MARGIN       56.0
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
} BlockKind;

typedef struct {
  BlockKind  kind;
  char      *label;
  char      *text;
} Block;

struct _DlmQuizSheet
{
  char    *title;
  guint32  seed;
  GArray  *blocks;   /* Block */
};

static void
block_clear (gpointer data)
{
  Block *block = data;

  g_clear_pointer (&block->label, g_free);
  g_clear_pointer (&block->text, g_free);
}

/* Takes @label and @text. */
static void
add_block (DlmQuizSheet *self,
           BlockKind     kind,
           char         *label,
           char         *text)
{
  Block block = { kind, label, text };

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
add_answer_key (DlmQuizSheet *self,
                GPtrArray    *questions)
{
  add_block (self, BLOCK_PAGE_BREAK, NULL, NULL);
  /* Translators: the heading of a printed quiz's last page, e.g.
   * “Answer key: Softmax, seed 42” */
  add_block (self, BLOCK_TITLE, NULL, g_strdup_printf (_("Answer key: %s, seed %u"), self->title, self->seed));
  for (guint i = 0; i < questions->len; i++)
    {
      const DlmQuizQuestion *q = g_ptr_array_index (questions, i);
      guint right = dlm_quiz_question_get_correct (q);

      add_block (self, BLOCK_ANSWER, g_strdup_printf ("%u.", i + 1),
                 g_strdup_printf ("%c) %s", 'a' + right, dlm_quiz_question_get_choice (q, right)));
      add_block (self, BLOCK_REASON, NULL, g_strdup (dlm_quiz_question_get_reason (q, right)));
    }
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
  self = g_new0 (DlmQuizSheet, 1);
  self->title = g_strdup (title);
  self->seed = seed;
  self->blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  g_array_set_clear_func (self->blocks, block_clear);

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

/* How each kind of block is set: sizes in points. */
typedef struct {
  double   size;
  gboolean bold;
  gboolean muted;
  double   space_before;
  double   indent;        /* where the label starts */
  double   label_width;   /* the text starts this far after the label */
} BlockStyle;

static const BlockStyle styles[] = {
  [BLOCK_TITLE]  = { 17.0, TRUE,  FALSE,  0.0,  0.0,  0.0 },
  [BLOCK_NOTE]   = { 10.0, FALSE, TRUE,   6.0,  0.0,  0.0 },
  [BLOCK_PROMPT] = { 11.0, TRUE,  FALSE, 14.0,  0.0, 22.0 },
  [BLOCK_CHOICE] = { 10.5, FALSE, FALSE,  3.0, 22.0, 20.0 },
  [BLOCK_ANSWER] = { 11.0, TRUE,  FALSE, 14.0,  0.0, 22.0 },
  [BLOCK_REASON] = { 10.0, FALSE, TRUE,   3.0, 22.0,  0.0 },
};

typedef struct {
  DlmQuizSheet *sheet;
  cairo_t      *cr;
  PangoLayout  *layout;
  DlmTheme      theme;
  double        y;
  int           page;
} Printer;

/* Sets @text in the layout for @kind, wrapped to what is left of the
 * line after the indent and the label's column; returns its height. */
static double
printer_set_text (Printer    *p,
                  BlockKind   kind,
                  const char *text,
                  double      width)
{
  const BlockStyle *style = &styles[kind];
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();
  int height;

  pango_font_description_set_family (font, p->theme.font_family);
  pango_font_description_set_absolute_size (font, style->size * PANGO_SCALE);
  pango_font_description_set_weight (font, style->bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (p->layout, font);
  pango_layout_set_width (p->layout, (int) (width * PANGO_SCALE));
  pango_layout_set_text (p->layout, text, -1);
  pango_layout_get_size (p->layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

static double
text_width (const BlockStyle *style)
{
  return PAGE_WIDTH - 2 * MARGIN - style->indent - style->label_width;
}

static double
block_height (Printer     *p,
              const Block *b)
{
  const BlockStyle *style = &styles[b->kind];

  return style->space_before + printer_set_text (p, b->kind, b->text, text_width (style));
}

/* A question with its choices, or an answer with its reason, is kept on
 * one page: the height of the block at @index and those that follow it. */
static double
group_height (Printer *p,
              guint    index)
{
  GArray *blocks = p->sheet->blocks;
  double height = block_height (p, &g_array_index (blocks, Block, index));

  for (guint i = index + 1; i < blocks->len; i++)
    {
      const Block *b = &g_array_index (blocks, Block, i);

      if (b->kind != BLOCK_CHOICE && b->kind != BLOCK_REASON)
        break;
      height += block_height (p, b);
    }
  return height;
}

/* “Softmax · seed 42 · page 2” at the foot of each page, so that loose
 * pages find their sheet and a key finds its questions. */
static void
printer_draw_footer (Printer *p)
{
  /* Translators: the foot of a printed quiz's pages: topic, seed, page number */
  g_autofree char *footer = g_strdup_printf (_("%s · seed %u · page %d"),
                                             p->sheet->title, p->sheet->seed, p->page);

  printer_set_text (p, BLOCK_REASON, footer, PAGE_WIDTH - 2 * MARGIN);
  pango_layout_set_alignment (p->layout, PANGO_ALIGN_CENTER);
  dlm_theme_set_color (p->cr, &p->theme.muted);
  cairo_move_to (p->cr, MARGIN, PAGE_HEIGHT - MARGIN);
  pango_cairo_show_layout (p->cr, p->layout);
  pango_layout_set_alignment (p->layout, PANGO_ALIGN_LEFT);
}

static void
printer_next_page (Printer *p)
{
  printer_draw_footer (p);
  cairo_show_page (p->cr);
  p->page++;
  p->y = MARGIN;
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
  dlm_theme_set_color (p->cr, style->muted ? &p->theme.muted : &p->theme.foreground);
  if (b->label != NULL)
    {
      printer_set_text (p, b->kind, b->label, style->label_width);
      cairo_move_to (p->cr, x, p->y);
      pango_cairo_show_layout (p->cr, p->layout);
    }
  height = printer_set_text (p, b->kind, b->text, text_width (style));
  cairo_move_to (p->cr, x + style->label_width, p->y);
  pango_cairo_show_layout (p->cr, p->layout);
  p->y += height;
}

static void
set_pdf_title (cairo_t      *cr,
               DlmQuizSheet *sheet)
{
  cairo_surface_t *target = cairo_get_target (cr);
  g_autofree char *title = g_strdup_printf (_("Quiz: %s"), sheet->title);

  if (cairo_surface_get_type (target) == CAIRO_SURFACE_TYPE_PDF)
    cairo_pdf_surface_set_metadata (target, CAIRO_PDF_METADATA_TITLE, title);
}

static void
draw_sheet (cairo_t  *cr,
            double    width,
            double    height,
            gpointer  data)
{
  Printer p = { data, cr, pango_cairo_create_layout (cr), { 0 }, MARGIN, 1 };
  GArray *blocks = p.sheet->blocks;

  dlm_theme_init (&p.theme, DLM_THEME_LIGHT, 1.0);
  set_pdf_title (cr, p.sheet);
  pango_layout_set_wrap (p.layout, PANGO_WRAP_WORD_CHAR);
  for (guint i = 0; i < blocks->len; i++)
    {
      const Block *b = &g_array_index (blocks, Block, i);

      gboolean in_group = b->kind == BLOCK_CHOICE || b->kind == BLOCK_REASON;

      if (b->kind == BLOCK_PAGE_BREAK ||
          (!in_group && p.y > MARGIN &&
           p.y + group_height (&p, i) > PAGE_HEIGHT - MARGIN - FOOTER_SPACE))
        printer_next_page (&p);
      if (b->kind != BLOCK_PAGE_BREAK)
        printer_draw_block (&p, b);
    }
  printer_draw_footer (&p);
  g_object_unref (p.layout);
}

GBytes *
dlm_quiz_sheet_to_pdf (DlmQuizSheet  *self,
                       GError       **error)
{
  g_return_val_if_fail (self != NULL, NULL);

  return dlm_export_to_bytes (DLM_FORMAT_PDF, PAGE_WIDTH, PAGE_HEIGHT, draw_sheet, self, error);
}
