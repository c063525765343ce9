/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dlm-argmax-topic.h"

G_BEGIN_DECLS

/* at most two panels (the function view's), for the pointer probe */
#define DLM_ARGMAX_N_PANELS 2

struct _DlmArgmaxTopic
{
  DlmTopic         parent_instance;

  char            *values_text;
  char            *labels_text;
  int              index_base;
  DlmArgmaxView    view;

  GArray          *values;          /* double */
  GStrv            labels;          /* as typed; may differ in length */
  gsize            argmin;          /* 0-based, first occurrence */
  gsize            argmax;

  DlmAxesGeometry  panels[DLM_ARGMAX_N_PANELS];
};

/* The code card (dlm-argmax-code.c). */
void  dlm_argmax_write_code      (DlmTopic *topic,
                                  GString  *out);
void  dlm_argmax_write_plot_code (DlmTopic *topic,
                                  GString  *out);

G_END_DECLS
