int ctool_answer(void);
