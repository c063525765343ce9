/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "dlm-softmax-topic.h"

G_BEGIN_DECLS

/* The bars and stability views draw three panels side by side; the
 * classifier view one column per image, each with a probability panel. */
#define DLM_SOFTMAX_N_PANELS 3

struct _DlmSoftmaxTopic
{
  DlmTopic         parent_instance;

  char            *logits_text;
  char            *labels_text;
  double           temperature;
  DlmSoftmaxView   view;

  GArray          *logits;          /* double */
  GStrv            labels;          /* as typed; may be shorter than logits */
  double          *exponentials;    /* e^(z/T), may overflow to ∞ */
  double          *probabilities;   /* stable softmax */

  DlmAxesGeometry  panels[DLM_SOFTMAX_N_PANELS];
};

typedef struct {
  const char     *title;
  const double   *values;
  guint           n;
  const DlmColor *color;
  int             digits;
  gssize          highlight;    /* bar to outline (with every tie), or −1 */
  gssize          labelled;     /* category whose label is never left out, or −1 */
  const char     *note;         /* boxed text in the corner, or NULL */
  gboolean        probability;  /* the axis runs exactly from 0 to 1 */
  const double   *range;        /* a value range shared with other panels, or NULL */
} DlmSoftmaxBarPanel;

/* The course's classifier example: three images scored over three
 * classes (untranslated names, N_() marked). */
extern const char *const dlm_softmax_class_names[3];
extern const double      dlm_softmax_class_logits[3][3];

/* Shared by the topic and its views (dlm-softmax-classifier.c,
 * dlm-softmax-stability.c). */
char            *dlm_softmax_label_at          (DlmSoftmaxTopic          *self,
                                                guint                     i,
                                                gboolean                  markup);
GStrv            dlm_softmax_all_labels        (DlmSoftmaxTopic          *self,
                                                gboolean                  markup);
char            *dlm_softmax_labels_notice     (DlmSoftmaxTopic          *self);
char            *dlm_softmax_ranked_text       (DlmSoftmaxTopic          *self);
void             dlm_softmax_value_range       (const double             *v,
                                                guint                     n,
                                                double                   *lo,
                                                double                   *hi);
DlmAxesGeometry  dlm_softmax_draw_bar_panel    (cairo_t                  *cr,
                                                const DlmTheme           *theme,
                                                DlmRect                   rect,
                                                const char *const        *labels,
                                                const DlmSoftmaxBarPanel *panel);
DlmRect          dlm_softmax_draw_outline_key  (cairo_t                  *cr,
                                                const DlmTheme           *theme,
                                                DlmRect                   area,
                                                double                    cx);
void             dlm_softmax_draw_three_panels (DlmSoftmaxTopic          *self,
                                                cairo_t                  *cr,
                                                const DlmTheme           *theme,
                                                DlmRect                   area,
                                                const char *const        *labels,
                                                DlmSoftmaxBarPanel       *panels);

/* The classifier view: the course's three images at the topic's
 * temperature. */
void             dlm_softmax_render_classifier    (DlmSoftmaxTopic *self,
                                                   cairo_t         *cr,
                                                   const DlmTheme  *theme,
                                                   DlmRect          area);
void             dlm_softmax_classifier_csv       (DlmSoftmaxTopic *self,
                                                   GString         *out);
void             dlm_softmax_classifier_summary   (DlmSoftmaxTopic *self,
                                                   GString         *out);
char            *dlm_softmax_classifier_describe  (DlmSoftmaxTopic *self);

/* The stability view: e^(z/T) as computed naively, which may overflow,
 * beside e^(z/T − m), which cannot. */
void             dlm_softmax_render_stability     (DlmSoftmaxTopic *self,
                                                   cairo_t         *cr,
                                                   const DlmTheme  *theme,
                                                   DlmRect          area);
void             dlm_softmax_stability_csv        (DlmSoftmaxTopic *self,
                                                   GString         *out);
void             dlm_softmax_stability_summary    (DlmSoftmaxTopic *self,
                                                   GString         *out);
char            *dlm_softmax_stability_describe   (DlmSoftmaxTopic *self);
char            *dlm_softmax_stability_explanation (DlmSoftmaxTopic *self);

/* The code card (dlm-softmax-code.c). */
void             dlm_softmax_write_code           (DlmTopic        *topic,
                                                   GString         *out);
void             dlm_softmax_write_plot_code      (DlmTopic        *topic,
                                                   GString         *out);

G_END_DECLS
