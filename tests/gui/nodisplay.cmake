# `kurir` started where no display can be opened says so in one line, in the chosen
# language, and exits with 2 instead of a Qt abort. Run: cmake -DKURIR=... -P nodisplay.cmake
execute_process(
    COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY --unset=QT_QPA_PLATFORM
            ${KURIR} gmail-to-yahoo --lang en
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 60)
if(NOT rc EQUAL 2)
    message(FATAL_ERROR "exit code ${rc}, expected 2\nstdout: ${out}\nstderr: ${err}")
endif()
string(STRIP "${err}" line)
if(NOT line MATCHES "kurir-cli run" OR NOT line MATCHES "--screenshot" OR line MATCHES "\n")
    message(FATAL_ERROR "expected one line pointing to kurir-cli run and --screenshot, got:\n${err}")
endif()

# An X display that is not there: the same line, not a core dump.
execute_process(
    COMMAND ${CMAKE_COMMAND} -E env --unset=WAYLAND_DISPLAY --unset=QT_QPA_PLATFORM DISPLAY=:97
            ${KURIR} gmail-to-yahoo --lang en
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 60)
if(NOT rc EQUAL 2 OR NOT err MATCHES "kurir-cli run")
    message(FATAL_ERROR "unreachable display: exit code ${rc}, expected 2\nstderr: ${err}")
endif()
