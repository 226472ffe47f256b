package org.accord;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class AccordApplication {

    public static void main(String[] args) {
        SpringApplication.run(AccordApplication.class, args);
    }
}
